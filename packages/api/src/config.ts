import { DEFAULT_BREAK_GLASS_MINUTES, DEFAULT_REPORT_WINDOW_DAYS } from '@umbrella/domain';

/** What the API needs from the server's configuration (read and validated once in apps/server). */
export interface AuthConfig {
  idleTimeoutMinutes: number;
  absoluteTimeoutHours: number;
  /** Failed sign-ins for one account within the window before it is refused for a while. */
  accountMaxFailures: number;
  /** Failed sign-ins from one address within the window before it is refused for a while. */
  ipMaxFailures: number;
  throttleWindowMinutes: number;
  /** Served over https: cookies get Secure and the `__Host-` prefix. */
  secureCookies: boolean;
  /** Days after an appointment ends during which its volunteer may still open it and file the report. */
  accompanimentReportWindowDays: number;
  /** How long a caseworker's break-glass access to a restricted record lasts (BREAK_GLASS_MINUTES, 1 to 480). */
  breakGlassMinutes: number;
}

export const defaultAuthConfig: AuthConfig = {
  idleTimeoutMinutes: 30,
  absoluteTimeoutHours: 12,
  accountMaxFailures: 5,
  ipMaxFailures: 30,
  throttleWindowMinutes: 15,
  secureCookies: false,
  accompanimentReportWindowDays: DEFAULT_REPORT_WINDOW_DAYS,
  breakGlassMinutes: DEFAULT_BREAK_GLASS_MINUTES,
};

export function sessionCookieName(config: Pick<AuthConfig, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-umbrella_session' : 'umbrella_session';
}
