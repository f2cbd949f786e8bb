/** `plural(1, 'reply', 'replies')` -> `1 reply`; `plural(3, 'deadline')` -> `3 deadlines`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
