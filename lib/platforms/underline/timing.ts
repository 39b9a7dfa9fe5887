/** Hover this long over an underline to open its card (ms); moving off closes it after LEAVE_MS. */
export const HOVER_MS = 450;
export const LEAVE_MS = 300;
