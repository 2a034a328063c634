// English stop words: function words that say nothing about what a story is about.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
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
