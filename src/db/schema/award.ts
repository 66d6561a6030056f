// Tables of the award registry (issue #5).
export {};
