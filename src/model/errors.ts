/** An input that cannot be processed at all: one clear line, exit 1. Everything else is a warning. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
