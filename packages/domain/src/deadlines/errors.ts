export type DeadlineInputField = 'rule' | 'trigger' | 'jurisdiction' | 'today' | 'period';

/** A caller asked for something the engine cannot compute; `message` is fit to show to the user. */
export class DeadlineInputError extends Error {
  override readonly name = 'DeadlineInputError';

  constructor(
    readonly field: DeadlineInputField,
    message: string,
  ) {
    super(message);
  }
}
