// Stop words: function words that say nothing about what a story is about, in English, and in
// Chinese (simplified and traditional) and Japanese as the word-break rules split them
// (tokenize.ts; a single kana is dropped there already).
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `的 了 在 是 和 与 與 及 或 也 就 都 而 对 對 把 被 从 從 向 将 將 为 為 以 于 於 之 其 这 這 那 他 她 它 我
  你 们 們 个 個 不 没 沒 很 等 并 並 但 又 已 所 由 则 則 因 此 如 该 該 各 每 着 著 过 過 吗 嗎 呢 吧 啊 得 地
  会 會 要 能 可 还 還 只 更 最 再 才 便 即 且 两 兩 一 上 下 中 里 裡 后 後 前 多 年 月 日 说 說 表示 认为 認為
  我们 我們 他们 他們 这个 這個 那个 那個 一个 一個 已经 已經 没有 沒有 可以 因为 因為 所以 但是 如果 这些
  這些 那些 以及 由于 由於 其中 之后 之後 目前 进行 進行 时 時 氏 同 約 约
  では には とは から まで より など こと もの ため よう これ それ あれ この その あの ここ そこ として について
  という といった による により において する した して します しました され される された いる いた います
  ある あった あります なる なった なります です でした ます ました また および ない なかった
  a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
  few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
  him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't
  my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd
  she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
  these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll
  we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't
  would wouldn't you you'd you'll you're you've your yours yourself yourselves said says say told one two three
  new also just like will may might must many much even still yet last first next year years week weeks day days
  time times since per via among across around according however although though whether within without upon
  including included include includes made make makes making get gets got take takes took people mr ms mrs
  use used using go goes going went come comes came see seen look looking want wanted need needs put keep kept
  whose every another others something nothing anything thing things way ways part well back now today later
  ago often already never always ever almost enough less least rather quite really around away instead
  again perhaps likely unlikely able run runs ran watch watching cover covering covered show shows showed
  call called calls set sets left right end ended long short big small high low good bad old young`
    .split(/\s+/)
    .filter(Boolean),
);
