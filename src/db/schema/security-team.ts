// Tables of the security-team registry (issue #5).
export {};
