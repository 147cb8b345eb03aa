/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the EqualityTracker API, without a trailing slash. '' (default) = same origin. */
  readonly VITE_API_BASE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
