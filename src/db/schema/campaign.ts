// Tables of the campaign registry (issue #5).
export {};
