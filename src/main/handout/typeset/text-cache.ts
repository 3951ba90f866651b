/**
 * Values worked out from a text in some setting (a font at a size, a style and direction), kept for the whole
 * process: a batch of handouts measures and wraps the same words again and again. The text itself is the inner
 * key, so a lookup hashes a string V8 has usually hashed before, where one key joining setting and text made a
 * new string, to be flattened and hashed, on every call. Cleared whole past `limit` characters of text kept, so
 * a long batch of different texts holds a bounded amount, however long each text.
 */
export class TextCache<V> {
  private readonly settings = new Map<string, Map<string, V>>();
  private size = 0;

  constructor(private readonly limit: number) {}

  get(setting: string, text: string): V | undefined {
    return this.settings.get(setting)?.get(text);
  }

  set(setting: string, text: string, value: V): void {
    if (this.size + text.length > this.limit) {
      this.settings.clear();
      this.size = 0;
    }
    let texts = this.settings.get(setting);
    if (!texts) this.settings.set(setting, (texts = new Map<string, V>()));
    texts.set(text, value);
    this.size += text.length;
  }
}
