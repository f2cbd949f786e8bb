import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@umbrella/domain';

export const PASSWORD_RULES = `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters. Common passwords are not allowed; a few unrelated words make a good one.`;
