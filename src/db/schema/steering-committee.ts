// Tables of the steering-committee registry (issue #5).
export {};
