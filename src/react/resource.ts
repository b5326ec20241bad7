/** `spoc-elements/react/resource`: the React wrapper of `<spoc-resource>` alone (a page pays only for what it uses). */
import { SpocResource as SpocResourceElement } from '../components/resource/resource.js';
import { common, wrap } from './wrap.js';

/** `<spoc-resource>`: a tracked job aid. */
export const SpocResource = wrap('SpocResource', 'spoc-resource', SpocResourceElement, common);
