// The board and its meetings (issue 21): one module per rule, exported here.
export {};
