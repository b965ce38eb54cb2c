/**
 * English words dropped before the word features: function words and patent boilerplate that every
 * document carries (`said`, `wherein`). Content words such as `method` or `system` stay: the model weighs them.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also an and any are as at be been before being below between both but by
  can could did do does doing down during each either few for from further had has have having here how i if in
  into is it its itself may more most must no nor not of off on once one only or other our out over own same
  shall should so some such than that the their them then there these they this those through thus to too under
  until up upon very via was we were what when where whether which while who whom why will with within without
  would said wherein whereby thereof therein thereto herein such first second`.split(/\s+/),
);
