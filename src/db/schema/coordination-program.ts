// Tables of the coordination-program registry (issue #5).
export {};
