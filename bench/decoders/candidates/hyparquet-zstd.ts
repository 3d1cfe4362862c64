// hyparquet with the ZSTD decompressor only (fzstd, re-exported by hyparquet-compressors; the other codecs are
// tree-shaken away). Our exports are ZSTD, so this is about the smallest hyparquet build that reads them.
// Bundle size only: decoding speed is the same as with all of hyparquet-compressors (same fzstd).

import type { Compressors } from 'hyparquet';
import { decompressZstd as decompress } from 'hyparquet-compressors';
import { hyparquetToArrowWith } from './hyparquet-core.ts';

const zstdOnly: Compressors = { ZSTD: (input: Uint8Array) => decompress(input) };

export const hyparquetToArrow = (bytes: ArrayBuffer) => hyparquetToArrowWith(bytes, zstdOnly);
