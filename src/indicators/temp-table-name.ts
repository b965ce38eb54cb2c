let counter = 0;

/** A temporary table name unique within the process (indicators may run side by side on one store). */
export function tempTableName(prefix: string): string {
  counter += 1;
  return `${prefix}_${process.pid}_${counter}`;
}
