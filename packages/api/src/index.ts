export { appRouter, createCaller, type AppRouter } from './root.ts';
export {
  createContext,
  type ApiDeps,
  type Context,
  type RequestMeta,
  type SessionCookieJar,
} from './context.ts';
export { defaultAuthConfig, sessionCookieName, type AuthConfig } from './config.ts';
export type { ProcedureMeta } from './trpc.ts';
export { downloadFile, fileErrorResponse, uploadFile } from './files.ts';
export { downloadSarBundle } from './sar-download.ts';
export { calendarFeedIcs } from './services/calendar-feed/feed-events.ts';
export {
  sendWeeklyDigests,
  type DigestMail,
  type SendMail,
  type WeeklyDigestRun,
} from './services/digest/send-weekly-digests.ts';
export { refreshStallSnapshotNow } from './services/supervision/stall-snapshot.ts';
