// Tables of the initiative registry (issue #5).
export {};
