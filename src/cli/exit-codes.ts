/**
 * The CLI's exit codes (also in README):
 * 0 all good; 1 something was rejected or failed (the rest was done); 2 usage error;
 * 130 interrupted (Ctrl-C): the store was left as it was.
 */
export const EXIT = { ok: 0, problems: 1, usage: 2, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
