export const standIn = true;
