/**
 * The security policy the built app is served under, in one place: the Vite build writes it into
 * index.html as a meta tag, the browser tests' server sends it as headers, and docs/deployment.md
 * gives the same headers for the usual web servers. The app needs nothing from another origin: its
 * code, styles and data folder are its own, and nothing is ever sent anywhere.
 */

/** Each directive of the Content-Security-Policy, and why the app needs no more than it allows. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // No inline script and no eval: the build emits only script files.
  ['script-src', "'self'"],
  // Styles come from the stylesheet; React sets element styles through the DOM, which a policy allows.
  ['style-src', "'self'"],
  // Chart downloads draw the SVG into a canvas through a blob: or data: image.
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  // The data folder is fetched from the app's own server, and nothing is sent anywhere else.
  ['connect-src', "'self'"],
  // The upload's and the 903 return's workers are the app's own files.
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['manifest-src', "'self'"],
];

/** Browsers ignore frame-ancestors in a meta tag (and warn), so it is sent only as a header. */
const HEADER_ONLY: readonly (readonly [string, string])[] = [['frame-ancestors', "'none'"]];

function policy(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy as index.html's `<meta http-equiv="Content-Security-Policy">` carries it. */
export const META_CONTENT_SECURITY_POLICY = policy(DIRECTIVES);

/** The headers a web server should send with every file of the app (docs/deployment.md). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policy([...DIRECTIVES, ...HEADER_ONLY]),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
