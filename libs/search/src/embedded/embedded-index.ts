import { SearchWriteRejectedError } from '../search.errors';
import type { IndexSettings, SearchDocument } from '../search.types';
import { readDocumentId } from '../search.validation';
import { filterScalars, readAttribute, searchableTexts } from '../document-fields';
import { FieldStore } from './field-store';
import { FilterFlagCache } from './filter-flags';
import { MatchScratch } from './match-collector';
import { SynonymTable } from './synonym-table';
import { packMeta, TermDictionary } from './term-dictionary';
import { visitIndexTerms } from './tokenizer';

/** Dead slots are reclaimed once they are this share of all slots (and at least MIN_DEAD_TO_COMPACT). */
const DEAD_SHARE_TO_COMPACT = 0.2;
const MIN_DEAD_TO_COMPACT = 1000;
/** Word positions of one array item start this far after the previous item's, like Meilisearch. */
const ARRAY_ITEM_GAP = 8;

/**
 * The in-memory index of one collection. Documents live in slots numbered in insertion order; a
 * replaced or deleted document leaves a dead slot behind until compaction renumbers the live ones.
 */
export class EmbeddedIndex {
  readonly synonyms: SynonymTable;
  readonly terms = new TermDictionary();
  readonly fields = new Map<string, FieldStore>();
  readonly filterable: ReadonlySet<string>;
  readonly sortable: ReadonlySet<string>;
  readonly scratch = new MatchScratch();
  readonly filterFlags = new FilterFlagCache();
  private docs: (SearchDocument | undefined)[] = [];
  private slotIds: (string | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private live = new Uint8Array(1024);
  private slots = 0;
  /** Bumped by every change of the documents: what was computed from them at another generation is stale. */
  private changes = 0;

  constructor(readonly settings: IndexSettings) {
    this.synonyms = new SynonymTable(settings.synonyms);
    this.filterable = new Set(settings.filterableAttributes);
    this.sortable = new Set(settings.sortableAttributes);
    for (const field of new Set([...settings.filterableAttributes, ...settings.sortableAttributes])) {
      this.fields.set(field, new FieldStore());
    }
  }

  get slotCount(): number {
    return this.slots;
  }

  get generation(): number {
    return this.changes;
  }

  get documentCount(): number {
    return this.slotById.size;
  }

  liveFlags(): Uint8Array {
    return this.live;
  }

  documentAt(slot: number): SearchDocument | undefined {
    return this.docs[slot];
  }

  idAt(slot: number): string | undefined {
    return this.slotIds[slot];
  }

  /** Live documents in insertion order. */
  documents(): SearchDocument[] {
    return this.docs.filter((doc): doc is SearchDocument => doc !== undefined);
  }

  ids(): string[] {
    return [...this.slotById.keys()];
  }

  /**
   * Indexes `doc`, replacing any document with the same id. The index keeps the object: callers hand
   * over a copy. Rejects the document before anything changes when it has no usable primary key.
   */
  upsert(doc: SearchDocument): void {
    const id = readDocumentId(doc, this.settings.primaryKey);
    if (id === undefined) {
      throw new SearchWriteRejectedError(
        `Document needs "${this.settings.primaryKey}" as a non-negative integer or a string of letters, digits, - and _`,
        'invalid_document_id',
      );
    }
    this.remove(id);
    this.changes++;
    const slot = this.slots++;
    this.ensureCapacity(this.slots);
    this.docs[slot] = doc;
    this.slotIds[slot] = id;
    this.slotById.set(id, slot);
    this.live[slot] = 1;
    this.indexText(doc, slot);
    for (const [field, store] of this.fields) store.appendSlot(filterScalars(readAttribute(doc, field)));
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.changes++;
    this.slotById.delete(id);
    this.live[slot] = 0;
    this.docs[slot] = undefined;
    this.slotIds[slot] = undefined;
  }

  compactIfWorthwhile(): void {
    const dead = this.slots - this.slotById.size;
    if (dead >= MIN_DEAD_TO_COMPACT && dead >= this.slots * DEAD_SHARE_TO_COMPACT) this.compact();
  }

  /** Gives back spare array capacity after a bulk load. */
  trim(): void {
    this.terms.trim();
    for (const store of this.fields.values()) store.trim();
  }

  private indexText(doc: SearchDocument, slot: number): void {
    this.settings.searchableAttributes.forEach((attribute, rank) => {
      let position = 0;
      for (const text of searchableTexts(readAttribute(doc, attribute))) {
        const next = visitIndexTerms(text, position, (term, at) =>
          this.terms.add(term, slot, packMeta(rank, at)),
        );
        position = next + ARRAY_ITEM_GAP;
      }
    });
  }

  private compact(): void {
    this.changes++;
    const newSlotOf = new Int32Array(this.slots).fill(-1);
    const docs: SearchDocument[] = [];
    const slotIds: string[] = [];
    for (let slot = 0; slot < this.slots; slot++) {
      if (this.live[slot] !== 1) continue;
      newSlotOf[slot] = docs.length;
      docs.push(this.docs[slot] as SearchDocument);
      slotIds.push(this.slotIds[slot] as string);
    }
    this.terms.compact(newSlotOf);
    for (const store of this.fields.values()) store.compact(newSlotOf, this.slots);
    this.docs = docs;
    this.slotIds = slotIds;
    this.slots = docs.length;
    this.live = new Uint8Array(Math.max(1024, this.slots)).fill(1, 0, this.slots);
    this.slotById.clear();
    slotIds.forEach((id, slot) => this.slotById.set(id, slot));
  }

  private ensureCapacity(slots: number): void {
    if (slots <= this.live.length) return;
    const grown = new Uint8Array(Math.max(slots, this.live.length * 2));
    grown.set(this.live);
    this.live = grown;
  }
}
