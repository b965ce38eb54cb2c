/**
 * Words the text index never stores, compared before stemming. Besides function words, the words every patent
 * title carries are stopped on purpose: "method", "system", "device", 方法, 装置, 系统 sit in a large share of
 * all titles, so their BM25 IDF is close to zero and they add almost nothing to a ranking, while their postings
 * are the longest of the index: keeping them would make every need phrased as "a system for ..." scan a large
 * part of the store for no change in the order. Words with technical meaning ("network", "base", 网络, 特征)
 * stay: IDF weighs them.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also an and any are as at be been before being below between both but by
  can could did do does doing down during each either few for from further had has have having here how i if in
  into is it its itself may more most must no nor not of off on once one only or other our out over own same
  shall should so some such than that the their them then there these they this those through thus to too under
  until up upon very via was we were what when where whether which while who whom why will with within without
  would said wherein whereby thereof therein thereto herein first second
  method methods system systems device devices apparatus apparatuses arrangement process processes
  comprising comprises comprise including includes include least plurality use uses used using based`.split(
    /\s+/,
  ),
);

/**
 * Chinese function words and the claim boilerplate of Chinese patents (一种 "a kind of", 所述 "said",
 * 其特征在于 "characterised in that"), plus 方法 / 装置 / 系统 / 设备 for the reason given above.
 */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set(
  `的 地 得 了 着 和 与 及 或 并 且 而 其 该 此 这 那 之 在 于 对 将 把 被 由 从 向 以 为 是 有 中 上 下 内 个 等 可 使 用
  一种 一个 一些 多个 至少 所述 以及 及其 或者 并且 其中 在于 通过 用于 基于 包括 包含 进行 具有 能够 可以 根据 相应 对应
  方法 装置 系统 设备 一种用于`.split(/\s+/),
);
