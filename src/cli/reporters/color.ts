export type Style = 'red' | 'yellow' | 'green' | 'dim' | 'bold' | 'underline';
export type Paint = (style: Style, text: string) => string;

/** Colours only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && (stream.hasColors?.() ?? false);
}

// SGR codes (node:util styleText would check stdout itself, which is not always the stream we write to).
const CODES: Record<Style, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};

export function painter(enabled: boolean): Paint {
  return enabled
    ? (style, text) => `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m`
    : (_style, text) => text;
}
