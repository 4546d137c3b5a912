// Minimal types for the one function of smartypants this project uses; the package ships none.
declare module 'smartypants' {
  /** Applies SmartyPants to `text` (HTML tags untouched), writing Unicode characters; 'q' does quotes only. */
  export function smartypantsu(text: string, attributes?: string): string;
}
