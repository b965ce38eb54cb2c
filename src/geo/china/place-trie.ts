/** A character trie for longest-match scanning of Chinese text against many place names at once. */
export class PlaceTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map(), values: [] };

  add(key: string, value: T): void {
    let node = this.root;
    for (let index = 0; index < key.length; index += 1) {
      const char = key.charAt(index);
      let next = node.children.get(char);
      if (!next) {
        next = { children: new Map(), values: [] };
        node.children.set(char, next);
      }
      node = next;
    }
    node.values.push(value);
  }

  /** The longest key starting at `start`, or null. */
  longestAt(text: string, start: number): TrieMatch<T> | null {
    let node = this.root;
    let best: TrieMatch<T> | null = null;
    for (let index = start; index < text.length; index += 1) {
      const next = node.children.get(text.charAt(index));
      if (!next) break;
      node = next;
      if (node.values.length > 0) best = { start, end: index + 1, values: node.values };
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right. */
  scan(text: string): TrieMatch<T>[] {
    const matches: TrieMatch<T>[] = [];
    let index = 0;
    while (index < text.length) {
      const match = this.longestAt(text, index);
      if (match) {
        matches.push(match);
        index = match.end;
      } else {
        index += 1;
      }
    }
    return matches;
  }
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  values: T[];
}

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
}
