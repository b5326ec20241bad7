/**
 * The LMS bridges as one chunk, imported by `<spoc-course>` only when lms-detect.ts finds an LMS
 * (a page outside any LMS never downloads them, nor fflate).
 */
export { Cmi5Error, Cmi5Session } from './cmi5.js';
export { ScormBridge } from './scorm.js';
