// hyparquet with every codec of hyparquet-compressors (what its README suggests).
import { compressors } from 'hyparquet-compressors';
import { hyparquetToArrowWith } from './hyparquet-core.ts';

export const hyparquetToArrow = (bytes: ArrayBuffer) => hyparquetToArrowWith(bytes, compressors);
