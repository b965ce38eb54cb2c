// The SQL of the product's refreshFamilies (src/store/merge-stage.ts), run in 16 slices of family ids
// instead of one statement: at 10 M publications the single list()-aggregation over ~5.4 M families ran out
// of memory at a 2.5 GB limit (it does not spill). Used only when refreshFamilies itself fails that way;
// rows are the same, only their physical order (by family id within a slice) differs.
const SLICES = 16;

export async function refreshFamiliesChunked(store) {
  await store.run('DELETE FROM families');
  for (let k = 0; k < SLICES; k += 1) {
    await store.run(`
      INSERT INTO families
      SELECT family_id, count(*), max(family_size),
        list_sort(list_distinct(flatten(list(family_jurisdictions)) || list(country))),
        min(priority_date)
      FROM publications WHERE family_id IS NOT NULL AND hash(family_id) % ${SLICES} = ${k}
      GROUP BY family_id ORDER BY family_id`);
  }
}
