// A rewording writes into someone's legal text, so it is offered only after the sentence it makes
// is read again: it must state no claim of any rule, its edit must change the claim's own words (a
// phrase put before a sentence leaves the myth asserting itself), and it must show none of the
// shapes by which a word-level edit breaks grammar ("does not always erasing", "able to pursuing",
// "Every foreclosure does not always…", which says none does).
import type { ClaimIndex } from './claimIndex';
import { conceptMask, hasAny } from './conceptBits';
import { conceptsIn, findClaims, tokensOfText, type ClaimMatch, type CompiledRule } from '.';
import type { Fix } from './fixes';
import type { Scorer } from './scorer';
import type { TextSource } from '../text/pieceText';
import { lowerBound } from '../text/search';
import {
  Gap,
  isQuestion,
  sentenceFirst,
  startsBlock,
  wordAt,
  wordEnd,
  wordsText,
  type Tokens,
} from '../text/tokens';
import { GENERALIZED, triggersIn } from './context';

export type FixCheck = (fix: Fix, claim: ClaimMatch, tokens: Tokens, text: TextSource) => Fix | undefined;

/** Shapes a grammatical, accurate rewording never has (tested on the fixed sentence). */
const BROKEN = [
  // From the EA–EB review: a stacked hedge ("Not every foreclosure is sure to…") and a negated "fully" ("does not
  // fully erase"), which says the debt always survives in part.
  /\bnot every [\w-]+ (?:is|are) (?:sure|certain|bound|guaranteed) to\b|\b(?:does|do|is|are) not (?:fully|completely|entirely)\b/i,
  // An emphatic "does" before the denied verb ("…but it does do not always wipe the loan out").
  /\b(?:does|do|did|will)(?: \w+ly)? (?:do|does|did) not\b/i,
  // "…are being not written off" (from the FQ–FR review): the negation goes before "being".
  /\b(?:being|been) not\b/i,
  // From the EY–EZ review: an adjective taken for the verb ("leaves the borrower do not always free of…"), a
  // participle made finite ("getting your arrears did not automatically erase").
  /\b(?:do|does) not (?:always|automatically) free\b|\bgetting (?:your|the|their|his|her) (?:[\w'’-]+ ){1,2}(?:did|do|does) not\b/i,
  // The writer's words left after the replacement "may still owe part of the balance": an object ("…for the
  // balance", from the AW–AX review; "…for a single dollar", "…to anyone on that property", from BM–BN's) or
  // an intensifier ("…completely").
  /\bpart of the balance (?:for (?:the|every|all|any|your|what|a|an|one|single)|to (?:anyone|anybody|no one|nobody))\b/i,
  /\bpart of the (?:balance|shortfall|debt) (?:completely|entirely|totally|fully|anymore|any more|for good|for the rest)\b/i,
  // From the BM–BN review: a modal before "be not"; "not … rather than" (the denial then rejects the
  // alternative too); "does not cancel the mortgage and any second liens", a plain denial that reaches the
  // first mortgage too, which a deed in lieu usually does release (only the junior liens may survive).
  /\b(?:will|would|can|could|should|shall|may|might|must)(?: \w+ly| just)? be not\b/i,
  /\bnot (?:always |automatically |necessarily )?\w+\b[^.;:]*\brather than\b/i,
  /\bnot (?:cancel|clear|release|satisfy|extinguish|wipe out|erase)\w* (?:the|your) (?:first |whole |entire )?(?:mortgage|loan|debt) and\b/i,
  // From the AW–AX review: "not still", "not all the back payments are forgiven" (as if some usually were),
  // and "not always" on one past event ("was not always released").
  /\bnot still\b/i,
  // "…stops being not always your problem", "the borrower you may still owe…".
  /\bbeing not (?:always|automatically|necessarily)\b/i,
  // From the DM–DN review: "your do not totally free", "have their past-due amounts did not…", "…part of the
  // balance with Valley Savings".
  /\b(?:your|ur|youre|you're) (?:do|does|did) not\b/i,
  /\bhave (?:their|your|the|its) [\w'’ -]{1,30}? (?:do|does|did) not\b/i,
  /\bpart of the balance with\b/i,
  // From the GU–GV review: a noun taken for the verb ("a written do not always release of all remaining
  // liability"), an article left before a consonant once "automatic" is dropped ("end in an deficiency judgment"),
  // and a second denial kept ("not always the bank's problem not yours").
  /\b(?:a|an|the|written|signed|full|complete)\s+(?:do|does) not\b/i,
  /\ban [bcdfgjklmnpqrstvwxz][a-z]/,
  /\bnot (?:always|automatically|necessarily)\b[^.;!?]*\bnot (?:yours|mine|ours|theirs|his|hers|you|me)\b/i,
  // From the GY–GZ review: a possibility said of everyone ("may be able to pursue … from anyone").
  /\bmay be able to [^.;]*\b(?:from|against) (?:anyone|anybody|everyone|everybody)\b/i,
  /\b(?:borrower|homeowner|owner|seller|buyer|family|client|debtor)s? you (?:may|might)\b/i,
  // From the DO–DP review: a modal after a contracted "are" or "is" ("you're may still owe"), the same act said
  // twice ("the paused payments you paused"), and "done with" left hanging after a denial.
  /\b\w+['’](?:re|s|m) (?:may|might|will|can|do|does)\b/i,
  /\b(?:paused|skipped|missed|deferred) payments you (?:paused|skipped|missed|deferred|didn['’]t make)\b/i,
  /\bnot (?:always |automatically |necessarily )?done with\s*[.!?]*$/i,
  // From the DU–DV review: "not every dollar you owe will go away" (some surely remains), "not every balance left on
  // the loan" (a loan has one), and a denial inside "with the delinquency erased".
  // ("Not every dollar of forgiven debt is tax-free" is right: some of it may be taxed.)
  /\bnot every (?:single )?(?:dollar|penny|cent|dime|bit)\b(?![^.;]*\btax)|\bnot every balance (?:left )?(?:on|of) (?:the|your|that|this) loan\b/i,
  /\bwith (?:the|your|their|its|any) [\w'’ -]{1,30}? did not\b/i,
  // From the DW–DX review: "must not always release" (reads as a ban), "may still owe any of the payments", "part of
  // the balance dollar" (the writer's noun left behind).
  /\bmust not always\b|\bmay still owe any of\b|\bpart of the balance (?:dollar|cent|penny|dime)\b/i,
  // From the GM–GN review: a negation after a future "go" or "will" ("dem go do not cancel am"), "not always" beside
  // "every short sale", and "in return, you are not always released" (the trade no longer follows).
  /\b(?:go|gonna|will|would|can|could|should|may|might|must) (?:do|does|did) not\b/i,
  /\bnot always \w+ed (?:completely|completly|fully|entirely|totally)\b/i,
  /\b(?:weren['’]?t|wasn['’]?t|isn['’]?t|aren['’]?t) (?:do|does|did) not\b/i,
  /\bnot always\b[^.;:]*\b(?:part of|in|with|after) every\b/i,
  /\bin (?:return|exchange),? (?:[\w'’]+ ){1,5}not always\b/i,
  // A subject kept before a replacement that brings its own: "You'll you may owe tax on…".
  /\b(?:you|we|they|i)(?:'ll|'d|'ve|'re| will| would)? (?:you|we|they|i) (?:may|might|can|could|will|would|must|should)\b/i,
  /\bnot all (?:of )?(?:the |your )?(?:back|missed|past[- ]due|skipped|paused) payments\b/i,
  /\b(?:was|were) not always\b/i,
  /\bnot (?:always |automatically |necessarily )?(?:basically|essentially|really|simply|just|merely)\b/i,
  /\b(?:do|does|did) not (?:always |automatically |necessarily )?\w+ing\b/i,
  /\bto \w+ing\b/i,
  /(?:\b(?:every|each|all|any)\b|\b100\s*%)[^,.;:]*\bnot (?:always|automatically|necessarily)\b/i,
  /\bnot (?:always |automatically |necessarily )?(?:not|never|no|nothing)\b/i,
  // A causative takes a bare verb: "makes the debt go away", never "makes the debt do not go away".
  /\b(?:make|makes|made|making|let|lets|letting)\b(?:\s+[\w']+){0,5}?\s+(?:do|does|did) not\b/i,
  /\bnever (?:not|no)\b/i,
  // From the FA–FF review: "it did not always" on one past event, "every … is not" (reads as "none is"), the
  // writer's object left after the replacement ("…part of the balance them"), a replacement that needs a
  // subject of its own ("leaves the homeowner may still owe"), "whatever the buyer does not always pay",
  // "repay … back", and "not always … regardless of" (a denial the "regardless" no longer fits).
  /\b(?:it|he|she|this|that) did not always\b/i,
  /\b(?:every|each)\b(?! (?:year|time|month|day|week)\b)[^.;:!?]*\b(?:is|are|does|do|will) not\b/i,
  /\bpart of the balance (?:them|him|her|us|me|it)\b/i,
  /\bleaves? (?:the |a |an |your )?[\w-]+ (?:may|might) still owe\b/i,
  /\bwhatever (?:the |a |an |your )?[\w-]+ (?:does|do) not always\b/i,
  /\brepay\w*\b[^.;:!?]{0,40}\bback\b/i,
  /\bnot (?:always|automatically|necessarily)\b[^.;:!?]*\bregardless\b/i,
  // From the ES–ET review: "does not always clear a dollar you owe" (says it may clear nothing), "Lenders have may
  // be able to…", and a quantifier left as a fragment (", not every single time").
  /\bnot (?:always|automatically|necessarily) \w+ (?:a|one|a single) (?:dollar|dime|cent|penny)\b/i,
  /\b(?:have|has|had) (?:may|might|can|could)\b/i,
  /,\s*not every (?:single )?time\b/i,
  /\w-(?:do|does|did|is|are) not\b/i,
  // "Short sale = foreclosure" has no verb to negate: "= not foreclosure" is no sentence.
  /=\s+not\b/,
  // A negated verb after a word that cannot be its subject: "is treated as fully did not always pay",
  // "$22,000 of did not always cancel debt", "is what does not transfer".
  /\b(?:fully|completely|entirely|of|as|is|are|was|were|be|what)\s+(?:do|does|did) not\b/i,
  // A hedge before a pronoun's clause ("and does not always that's the end"), a denial cut off by a
  // comma ("is not, it's the foreclosure"), "be not always", and a plain "not … every" from afar ("are not
  // entered automatically after every foreclosure" may be read as "after some, they are").
  /\b(?:do|does|did) not (?:always |automatically )?(?:that|that's|it|it's|this|there|there's)\b/i,
  /\b(?:is|are|was|were) not,/i,
  /\bbe not always\b/i,
  /\bnot (?!always\b)(?:\w+ ){1,6}(?:every|each)\b/i,
  // A get-passive is no auxiliary to deny after: "gets did not always wipe".
  /\b(?:gets?|got|getting)\s+(?:do|does|did) not\b/i,
  // A negation placed after a participle: "is accepted do not always in full satisfaction".
  /\b(?:is|are|was|were|be|been)\s+\w+ed\s+(?:do|does|did) not\b/i,
  // A modal after a form of "be" that was not replaced: "you are may still owe".
  /\b(?:am|is|are|was|were|be)\s+(?:may|might|can)\b/i,
  // The rule's ending set inside the sentence: "may be able to, depending on state law, by law, pursue".
  /, depending on state law,/i,
  // What the judgment "means" or "is when", negated, states a new falsehood ("…means the bank has not
  // taken your home", "…is when the lender does not take back the property").
  /\b(?:means|is when|called when)\b[^.]*\b(?:not|n't)\s+(?:always\s+)?(?:take|taken|taking|get|gets|got|foreclos\w*)\b/i,
  // A word doubled by the edit ("not automatically … automatically") or "repay … back".
  /\b(\w+ly)\b.*\b\1\b/i,
  /\brepaid?\b[^.]*\bback\b/i,
  // A command negated: "Lose the house, do not always lose the debt."
  /(?:^|[,;:.!?]\s*)(?:do|does) not always\b/i,
  // A denial spliced after a contraction or an adverb: "they're do not always free", "it automatically
  // does not always release".
  /\b\w+['’](?:re|s|ve|m|d)\s+(?:do|does|did) not\b/i,
  /\b(?:automatically|always|simply|just|really|basically|actually)\s+(?:do|does|did) not\b/i,
  // "may be able to" needs a verb, and a "No lender" subject turns it into the myth again.
  /\bmay be able to (?:the|a|an|your|their|his|her|its|our|my|have to)\b/i,
  /\b(?:no|nobody|none|neither)\b[^,.;:]{0,200}\bmay be able to\b/i,
  // A shouted verb denied ("It IS not…") reads as a contradiction.
  /\b[A-Z]{2,} not\b/,
  // "can count as taxable income" takes no agent or universal tail: "…income by the IRS", "…for everybody".
  /\btaxable income (?:by|for (?:everybody|everyone|anyone|all))\b/i,
  // The replacement's object beside the writer's ("may still owe the shortfall for the difference").
  /\bmay still owe (?:part of the balance|the shortfall|the rest) for (?:the (?:difference|rest|shortfall|remainder|remaining|whole|entire|full)|what(?:ever)? (?:is|was|remains|'s)? ?(?:left|remains|owed))\b/i,
  // A denied verb before "instead of", and a denial inside a story's identity ("It was not a short
  // sale, which is the same thing").
  /\b(?:do|does|did) not (?:always |automatically )?\w+\b[^.;]{0,200}\binstead of\b/i,
  /\bnot\b[^.]{0,200}, which (?:is|was) the same\b/i,
  /\b(?:considered|deemed|treated|regarded)\s+(?:do|does|did) not\b/i,
  // A noun taken for the verb ("a full do not always release"), a modal after a modal ("will can count"),
  // and the edit's words beside the writer's own ("taxable income as income").
  /\b(?:a|an|the|full|complete|entire|total|partial)\s+(?:do|does|did) not\b/i,
  /\b(?:will|would|shall|should|must|can|could|may|might)\s+(?:can|could|may|might|will|must|shall)\b/i,
  /\b(\w{4,}) as \1\b/i,
  // "Whenever" says every time, so a "not always" beside it contradicts itself.
  /\b(?:whenever|every time|each time|any time)\b[^.;]*\bnot always\b/i,
  /\bnot always\b[^.;]*\b(?:whenever|every time|each time|any time)\b/i,
  // "Under the law …, depending on state law" names the law twice, and a federal one wrongly.
  /\b(?:under (?:the|federal|american) law|by law)\b[^.]*\bdepending on state law\b/i,
  // "Not all of the debt is released" says some always remains; of a count noun ("not every sale") it does not.
  /\bnot all (?:of )?(?:the |your |their )?(?:remaining |outstanding |unpaid |mortgage )?(?:debt|balance|loan|mortgage|deficiency|shortfall)\b/i,
  /\bnot every (?:single )?(?:dollar|penny|cent|bit)\b[^.]*\b(?:is|are|gets?) (?:\w+ )?(?:released|forgiven|erased|cancell?ed|wiped|gone)\b/i,
  // A negation that says too much: "everything you skipped is not forgiven" (none of it), "do not release …
  // from any deficiency".
  /\beverything\b[^.;]*\b(?:is|are) not\b/i,
  /\b(?:do|does) not release\b[^.;]*\bfrom any\b/i,
  // A denial that breaks the agreement of the writer's subject: "the bank do not forgive".
  /\b(?:the (?:bank|lender|servicer|house|home)|itself) do not\b/i,
  /\bmay still owe (?:part of the balance|the shortfall|the rest) for (?:whatever|what)\b/i,
  /\bbalances? may be allowed\b/i,
  // A replacement's words beside the writer's: "may be able to pursue to go after", "taxable income bill",
  // "repay the missed payments for the payments you skip", "does not always leave you owing nothing".
  /\bpursue to\b/i,
  /\btaxable income (?:bill|for taxes)\b/i,
  /\brepay the missed payments for\b/i,
  /\bnot always leave (?:you|them|borrowers?|owners?) owing nothing\b/i,
  // From the DA–DB review: a replacement that lost the writer's subject after a comma ("Whatever the bank
  // forgives, can count as taxable income"), and a verb denied after "=" ("foreclosure = mortgage did not
  // always pay off").
  /,\s+(?:can|may|might) (?:count|be|still)\b/i,
  // From the DG–DH review: "you'll will", "Courts may be able to let …" (courts rule, lenders pursue), a
  // denial beside the writer's "same thing", "no foreclosure = …" (reads as "without a foreclosure"), and a
  // federal rule said to depend on state law.
  /\b\w+['’]ll (?:will|would|can|may)\b/i,
  /\bmeans (?:will|would|can|may|must|still)\b/i,
  // Courts grant deficiency judgments; lenders pursue them.
  /\bcourts? may be able to\b/i,
  /\bnot\b[^.]*,\s*(?:the |all the )?same thing\b/i,
  /\bno [\w-]+(?: [\w-]+)?\s*=/i,
  /\bfederal (?:rule|law|statute|regulation)\b[^.]*\bdepending on state law\b/i,
  /=\s*(?:[\w'’-]+\s+){0,3}(?:do|does|did|is|are) not\b/i,
  // "may be able to come after you for a penny of the balance": "a penny" belongs to the denial it replaced.
  /\bmay\b[^.]*\bfor (?:a|one|another|a single) (?:penny|dime|cent|nickel)\b/i,
  // From the EW–EX review: a step denied only in its order ("not the last step of a foreclosure" still makes
  // it a step), "do not always end too", and a subject lost before "and then do not…".
  /\bnot (?:the |a |an )?(?:last|first|final|next|early|late|initial|second) (?:step|stage|phase|part)\b/i,
  /\bnot (?:always |automatically |necessarily )?\w+ too\b/i,
  /\band then (?:do|does) not\b/i,
  // From the EI–EJ review: "balances … may be allowed" (a balance is collectible, a judgment allowed), and an
  // "any" kept from the denial ("may be pursued by any lender" says every lender may).
  /\b(?:balances?|debts?|shortfalls?|amounts?)\b(?: [\w'’-]+){0,6} may be allowed\b/i,
  /\bmay\b[^.]*\bby any (?:lender|bank|creditor|servicer)\b/i,
  // A double negative: "does not always leave no balance".
  /\bnot (?:always |automatically |necessarily )?leaves? (?:you |them |the \w+ )?(?:with )?(?:no|nothing)\b/i,
  // From the GC–GD review: "does not cancel the missed payments outright" says some part may be cancelled; so does
  // "for the whole time" (the FO–FP review).
  /\bnot (?:cancel|forgive|erase|wipe|write)\w*\b[^.;]*\b(?:outright|for the whole time)\b/i,
  // From the FO–FP review: "not every of them", "not always forgiven by default".
  /\bnot every of\b/i,
  /\bnot always\b[^.;]*\bby default\b/i,
  // From the FY–FZ review: "a deficiency may be allowed by a lender" (the law allows one; a lender pursues it).
  /\bmay be allowed by (?:a|the|any|your) (?:lender|bank|creditor|servicer)\b/i,
];

/** What one document or one person's papers say is that document's, not a general claim to hedge. */
const ONE_DOCUMENT =
  /\b(?:agreement|letter|contract|section|paperwork|1099(?:-[AC])?|signed|received|per|according to)\b/i;

/** Someone else's words, reported or named as a belief: rewording them would misreport them. */
const REPORTED =
  /\b(?:reassured|explained|informed|advised|assured|corrected|stated|counsell?ed|says|said|hear|heard|hearing|told|tells?|belief|believes?|believed|thinks?|thinking|thought|line is|mix-?up|myth|claims?|insists?|asks?|asked|question|posts?|posted|wrote|writes|comments?|commenter|understood|understands|mentioned|mentions|nailed it|say (?:me|us|to me)|repeated|repeats)\b/i;

/**
 * A claim tied to a cause, a consequence or a concession in the same sentence ("Because forbearance
 * forgives the payments, there's no need for a plan"; "…, simply with a fancier name"; "… and nobody
 * can ask you for more") cannot be
 * mended at its predicate: the rest of the sentence would still draw the myth's conclusion. No
 * rewording then; the finding stands.
 */
const REASONING =
  /\b(?:because|since|therefore|thus|hence|so (?:you|there|it|they|we|borrowers|homeowners)|which means|that means|no matter|even though|even if|although|though|and (?:nobody|no one|nothing)|(?:designed|set up|created|built|meant|intended) (?:so|to)|bc|b\/c|cuz|coz|(?:that['’]?s|thats|which is) why|so (?:those|these|my|your|our|his|her|their))\b|, (?:so|simply|just|only|merely)\b/i;

const PREMISE = /^(?:whenever|when|once|after|if|as soon as|before|every time|by the time)\b/i;

/** Reassurance that the writer's reader need not fear the lender or the tax ("Don't let the 1099-C scare you"). */
const REASSURED_AWAY = String.raw`don['’]?t let (?:the |that |a |your |it )?(?:[\w-]+\s+){0,3}(?:frighten|scare|worry)`;

/** The property said to pay the loan by its nature ("There's no such thing as owing money after…"). */
const OWED_NOTHING_BY_NATURE = String.raw`no such thing as owing|what pays the loan`;

/**
 * Words outside the edit that would contradict a hedge or keep the myth's certainty: "…does not always
 * wipe out the debt, every single time", "Good news: …", "…may be allowed anywhere". A reviewer of
 * rewordings offered on unseen writers' sentences found these the commonest broken results: the
 * sentence keeps its finding and gets no rewording.
 */
const CERTAINTY = new RegExp(
  String.raw`\b(?:the (?:best|good|nice) part|the (?:upside|advantage|benefit|perk|plus) (?:of|is|here)|great for (?:the |you|sellers?|buyers?|borrowers?|homeowners?)|no catch|don['’]?t kid yourself|be prepared|(?:i|we) understand your concern|${REASSURED_AWAY}|what makes (?:it|them) so|correctly|rightly|across the board|debt settlement|always|ever|never|everywhere|nationwide|whatever state|whichever state|every (?:single )?time|guaranteed|no exceptions?|without exception|anywhere|in (?:every|any|all(?: 50| fifty)?) states?|under any circumstances?|full stop|as a rule|in (?:all|every|any) cases?|forever|for good|good news|great news|relax|don'?t worry|no worries|the beauty|nope|yep|the whole point|literally|100\s*%|in every|for (?:everybody|everyone|anyone)|(?:the )?(?:whole|entire|only|main|one|big|biggest) (?:benefit|reason|purpose|idea|point|upside)|like (?:with )?every|ignore it|throw it|toss it|don'?t stress|silver lining|great for your|no (?:avoiding|escaping) it|can(?:'?t|not) (?:avoid|escape) it|(?:can|could) (?:count|bet) on|lol|lmao|wdym|(?:the|one) (?:nice|good|best|great) thing|one (?:\w+ )?mercy|(?:that['’]?s|that is) the (?:deal|trade|bargain|rule)|the upside|regardless of (?:what|how much|the (?:\w+ )?(?:sale )?(?:price|proceeds|bid|amount))|lose (?:any )?sleep|whatever the (?:house|home|property|sale|auction) (?:brings|sells for|goes for|fetches)|unlike|legit(?:imate)?|cleanest|easiest|best (?:way|exit|option|move|deal)|can only (?:ever )?(?:keep|take|look to)|all (?:they|the bank|the lender) can (?:ever )?take|(?:doesn['’]?t|does not) matter(?: (?:how|if|what|whether)|\s*[,.;])|whatever happens|anyway|either way|in (?:any|every|all) situations?|even when|panic\w* about|simple as that|(?:takes?|took|eats?|ate) the (?:loss|hit)|free months?|basically bankruptcy|bankruptcy for (?:your|ur|the)|ignore (?:the |those |any |all |their )?(?:\w+ )?(?:letters?|notices?|calls?)|in (?:this|the whole) country|any homeowner|overthinking|over anything else|boom|move on|clean exit|heads up that|correct framing|apocalypse|poof|(?:does not|doesn['’]?t) protect you|by (?:its|their) (?:very )?nature|thanks to|(?:hidden|real|big) benefit|only as big as|(?:like|same as) (?:returning|turning in) a (?:rental|leased?) car|get out of jail free|the answer is no|(?:don['’]?t|do not) count against|payment holiday|the hard part|(?:that['’]?s|thats|that is) wrong)\b|😂|🤣`,
  'i',
);

/** The matter said to end with the event, in this sentence or the next ("as full payment", "ur done"). */
const ENDED_HERE = String.raw`as (?:full payment|payment in full)|(?:you['’]re|ur|you are) done`;

/** A list of an option's pros, whose items a denial would no longer fit (from the GQ–GR review). */
const PROS_OPENING = /^\W*(?:pros|benefits|advantages|upsides?)\b/i;

/**
 * A neighbour in the same paragraph that restates the myth ("You never owe them.", "It's illegal.",
 * "The slate's clean."): editing one sentence would leave the other asserting it, so none is edited.
 */
const RESTATES = anyOf([
  // "…your done with them.", "The lender's only recourse is the property itself.", "The law protects everybody on
  // that." (from the HM–HN review)
  String.raw`(?:you['’]?re|your|you are) (?:done|finished|through) with (?:them|it|the (?:bank|lender|loan|mortgage))`,
  String.raw`only recourse is the (?:property|house|home)`,
  String.raw`the law protects (?:everybody|everyone|every borrower|all borrowers)`,
  // "…are never permitted on home loans. The worst a lender can do is ding your credit." (from the HO–HP review)
  String.raw`the worst (?:a|the|your) (?:lender|bank|servicer) can do is`,
  // "…and the loan picks up like nothing happened", "You never see that money again" (from the HO–HP review)
  String.raw`like nothing (?:ever )?happened|(?:never|won['’]?t|will not) see (?:that|the|this) money again`,
  // "The short sale is the foreclosure. Only difference is who finds the buyer." (from the GW–GX review)
  String.raw`(?:the )?only difference (?:is|being|between)`,
  // The borrower owes nothing ("You never owe them.", "You will never see them again.").
  String.raw`never (?:owe|see them|pay (?:it|them) back)`,
  String.raw`owe nothing|owing nothing|nothing (?:else |more |left )?(?:to pay|owed|owing)|nothing['’]s (?:\w+ )?owed|can(?:'t|’t|not) owe`,
  // The 1099-C to be thrown away ("Ignore the 1099-C if one shows up.").
  String.raw`(?:ignore|toss|throw (?:away|out)|shred) (?:the|that|your|any) (?:1099|form)`,
  String.raw`(?:don['’]t|do not|won['’]t|will not) owe (?:the (?:bank|lender) |them |anyone )?(?:anything|a (?:thing|dime|cent|penny))`,
  // The debt is gone ("Any deficiency is automatically forgiven.", "The slate's clean.").
  // ("They're forgiven.", "so its settled": from the GI–GJ and FU–FV reviews.)
  String.raw`(?:debt|loan|mortgage|balance|deficiency|shortfall|arrears|payments|rest|remainder|difference|it|they)(?:['’]s|['’]re|s)? (?:is |are |gets? |got )?(?:considered |deemed |treated as )?(?:\w+ly )?(?:gone|wiped|erased|forgiven|cancell?ed|satisfied|dies|over|paid|closed(?: out)?|cleared|settled)`,
  // The event said to clear what was owed ("The modification clears it.").
  String.raw`clears? (?:it|them|(?:the|your|all|every) (?:\w+ )?(?:debt|arrears|balance|loan|shortfall|payments?))`,
  String.raw`(?:settles?|cancels?) (?:the|your|all|every) (?:\w+ )?(?:debt|loan|mortgage|balance)|forgives? the (?:rest|remainder|difference|balance|shortfall)`,
  // "…the deed in lieu is the get-out-of-jail-free card." (from the HG–HH review).
  String.raw`get[- ]out[- ]of[- ]jail`,
  // "…and that's what they're for!! You sell short and the bank eats the rest!" (from the HI–HJ review).
  String.raw`that['’]?s what (?:it['’]?s|they['’]re|it is|they are) for`,
  String.raw`wipes? (?:\w+ ){0,2}out|clean slate|slate(?:['’]s)? clean|fresh start|start (?:fresh|clean)|free and clear|debt[- ]free|dead loan`,
  String.raw`square with|squares?\b.{0,20}\baccount|you['’]re (?:square|free|even|clear)|off the hook|out from under|call it even`,
  ENDED_HERE,
  // The lender is barred ("It's illegal.", "The lender cannot bill you.", "Taking the house is their only remedy.").
  String.raw`only remedy|(?:it['’]s|it is|that['’]?s|that is) (?:simply )?(?:illegal|never allowed|not allowed|not legal)|never allowed|(?:aren['’]t|isn['’]t|are not|is not) (?:\w+ )?allowed`,
  String.raw`can(?:'t|’t|not|never) (?:touch|come after|chase|go after|bill|sue|charge) you|legally (?:have|has|required) to`,
  String.raw`will (?:sue|come after|chase|go after) you|only thing\b.{0,40}\b(?:take|claim|go after|collect)`,
  // The house settles it ("The house is the payment.", "The only thing you lose is your down payment.").
  String.raw`(?:house|home|property) is (?:the|your) payment|only thing you lose|only happens to`,
  String.raw`(?:house|home|property|collateral) is all (?:they|the bank|the lender)(?: can| will)? (?:ever )?(?:gets?|takes?)`,
  // "The bank gets the property and that squares it.", "House covers the debt.", "…borrower walks, everybody's
  // square." (from the FY–FZ review).
  String.raw`squares? (?:it|that|things|everything|you)\b|(?:everybody|everyone)['’]?s? (?:square|even)|(?:house|home|property|collateral) covers (?:the |your |what['’]?s )?(?:debt|loan|balance|rest|owed|left)`,
  String.raw`(?:it['’]s|it is) (?:just |basically |really |simply )?a (?:kind of |type of |form of )?foreclosure`,
  // Words that would now contradict the fix ("That's the whole benefit.", "It's relief.").
  String.raw`(?:the )?(?:whole|entire|only) (?:benefit|reason|point)|it['’]s relief|free money|freebie|not a loan|great for your`,
  String.raw`that['’]?s what .{0,40}\b(?:was|were|is|are) for`,
  // Tags that vouch for the myth ("That's how they're meant to work.", "That's the trade.", "That is that.").
  String.raw`(?:that['’]?s|that is) (?:just |simply )?(?:how|what) .{0,40}\b(?:works?|designed|meant|worth|does|do|goes)`,
  // Tags beside the edit that keep the myth ("Always has, always will.", "The collateral covers it.").
  String.raw`never worked any other way|can['’]?t touch it|tears? up the note|collateral covers it|always has,? always will`,
  // From the GE–GF review: "credit takes a hit and that's it" (nothing else follows), "No waiver needed, it's built
  // into the short sale itself", "nobody can bill u for the difference".
  String.raw`(?:that['’]?s|thats|that is) (?:it|all)\W*$|no waiver (?:is )?(?:needed|required|necessary)|built into|(?:nobody|no one|no-one) (?:can|will|could) (?:ever )?(?:bill|sue|charge|chase|touch) (?:you|u)`,
  // From the GI–GJ review: a judgment that "hits you" anyway, a lender that "can never ask you to pay", arrears "not
  // added anywhere" or cancelled "what you owe", "Nothing once they take the property back.", "It's basically a trade".
  String.raw`hit (?:you|u|them) with a deficiency|can(?:'t|’t|not| never) ask (?:you|u) (?:to pay|for)|not behind any ?more|(?:don['’]?t|doesn['’]?t|never) gets? added|cancels? (?:what|whatever|everything) (?:you|u) (?:owe|owed)`,
  String.raw`(?:^|[:.]\s*)nothing (?:once|after|when)\b|(?:it['’]s|its) (?:basically |just |really )?a (?:trade|swap|clean break)|for your freedom`,
  // From the GA–GB review (spent): "The sale itself closes out the note.", "…the judgment is step two.", "…owing
  // exactly what you owed before…", "account closed", "Zero. Nada. Zilch.", "they just write off".
  String.raw`closes? out the (?:note|loan|debt|mortgage)|is step two|owing exactly what you owed|account closed|zilch|just write (?:it )?off`,
  // From the GS–GT review: "…had six months of them forgiven that way", "The bank knocks off what you owe."
  String.raw`had (?:\w+ ){0,4}(?:forgiven|erased|wiped)|knocks? off what`,
  // From the GQ–GR review: "there's no leftover", "that's the whole story", "the house is what they loaned on", "no
  // such thing as a foreclosure without…", "Not in any state", "no questions asked", a list of a short sale's pros.
  String.raw`there['’]?s no (?:leftover|balance|deficiency)|that['’]?s the whole (?:story|thing)|(?:house|home) is what (?:they|the bank|the lender) loaned|no such thing as (?:a |an )?\w+ without|not in any state|no questions(?: asked)?`,
  PROS_OPENING.source,
  // From the GM–GN review: the bank that "has to eat" the rest, "only income you earn is taxed", a short sale "still
  // foreclosing", and a list of "not after …" that keeps the denial going.
  String.raw`(?:has|have|gotta|got) to (?:eat|absorb|swallow)|only (?:income|money) (?:you|u) (?:earn|make)|still foreclos\w*|^\W*not after\b`,
  // From the FU–FV review (spent): the bank's "loss to absorb", "you've been foreclosed on". (Not a bare "Simple as
  // that." after the claim: earlier reviewers judged such rewordings right five times.)
  String.raw`(?:bank|lender)['’]s loss|loss to absorb|(?:you['’]ve|you have) been foreclosed`,
  // From the GK–GL review: "Poof, gone.", "the clean exit", "not owing money after", "handled like any other
  // foreclosure", the bank "accepts it as complete payment", "when, not whether".
  String.raw`\bpoof\b|overthinking|clean exit|not owing (?:money|anything)|like any other foreclosure|accepts? (?:it|that|whatever) as (?:complete|full) payment|not whether`,
  // A bare answer or a tag that keeps it ("A: Nothing at all.", "The two come as a package in every state.",
  // "You just resume your regular payment afterward.").
  String.raw`nothing at all|(?:come|comes|go|goes) as a package|just resume (?:your |the )?(?:regular|normal|usual) payments?`,
  // From the FA–FF review (and the EW–EX and ES–ET ones): the lender left to absorb it ("Banks eat it.", "The bank
  // eats the difference", "…took the loss"), the sale said to pay everything, the reader told not to worry about
  // the debt or the tax, the loss called the lender's problem, the 1099-C kept "just for their records", and the
  // claim called the good part ("That's the one good thing about it").
  String.raw`(?:eat|eats|absorb|absorbs|swallow|swallows) (?:it|that|the (?:loss|difference|rest|shortfall))|(?:take|takes|took|ate|eat|eats) the (?:loss|hit)|have to eat|pays? off everything`,
  String.raw`(?:don['’]?t|do not|no need to|not to|nothing to) (?:worry|stress|sweat|panic)(?: about)? (?:the |your |any |those )?(?:taxe?s?|mortgage|debt|loan|balance|remaining|rest|it)\b`,
  String.raw`(?:lender|bank|servicer)['’]s problem|not (?:your|my|our) problem|just for (?:their|the (?:bank|lender|irs)['’]s|your) records`,
  String.raw`(?:one|only) good thing|silver lining|good news|the upside|best part`,
  // From the FI–FJ review: the definition restated ("That's what modifying the loan means."), no way around it,
  // one thing under two names, "it is one", a name that "doesn't change it", the lender writing them off.
  String.raw`that['’]?s what (?:[\w'’-]+ ){0,4}means|no (?:dodging|avoiding|escaping|getting around) it|(?:two|different) names?,? (?:for )?(?:one|the same) thing`,
  String.raw`because (?:it|they)(?:['’]s| is| are) (?:one|the same)|name (?:doesn['’]?t|does not|won['’]?t) change|writes? (?:them|it|that|those) off`,
  // From the FK–FL review: the house called the loan, "same process", "still a foreclosure", the tax office said to
  // leave it alone or asked how it could be income, "the point of having one", a car loan set against it.
  String.raw`(?:house|home|property) is the (?:loan|debt|mortgage)|same process|still a foreclosure|(?:leaves?|lets?) (?:that|it|them) alone`,
  // From the GC–GD review: "Not after foreclosure, not after a short sale, not ever.", "…but it's one thing.",
  // "Foreclosure (short sale)." as the label before.
  String.raw`not ever|never ever|(?:it['’]s|it is|they['’]re|they are) (?:all |really |just )?one (?:and the same )?thing|foreclosure \(short sale\)|short sale \(foreclosure\)`,
  // From the FO–FP review: "There isn't one [difference]", "The two go together…", "Plan on it", "Don't sweat the
  // 1099-C.", "The lender is foreclosing…", "…you're getting a deficiency judgment.", "…like they're different
  // things", "it's all one proceeding", "He was right, and it's the same for anybody".
  String.raw`there isn['’]?t one|(?:two|they) go together|plan on it|don['’]?t sweat|(?:lender|bank) (?:is foreclosing|foreclos(?:es|ing) (?:by|and))|you['’]re getting a deficiency|like they['’]re different|(?:all )?one proceeding|(?:he|she|they) (?:was|were) right|the same for (?:anybody|everybody|everyone|anyone)`,
  String.raw`how (?:would|could|can) (?:it|that|this) be (?:income|taxable|taxed)|point of having one|difference (?:from|with) (?:a )?(?:car|auto) loan`,
  String.raw`pick up where you left off|(?:don['’]?t|doesn['’]?t|does not|do not) count (?:it|them) as income|can['’]?t ask (?:you )?for more|(?:doesn['’]?t|does not) even have to ask|(?:don['’]?t|do not) think (?:the|a) [\w'’ -]{0,30}ends it`,
  String.raw`(?:that['’]?s|that is|it['’]s|it is) (?:federal |the )?law|(?:just )?the next step`,
  String.raw`(?:that['’]?s|that is) (?:always |just |simply )?(?:that|the (?:whole |one |only )?(?:payment|upside|trade|deal|swap|point))|fair (?:swap|trade)|no deficiency`,
  // Praise, reassurance or a tag that still says the debt went away ("That's the beauty of it.", "No catch.",
  // "It's like they never happened.", "Federal law bans it.", "They can't take more than the house.").
  String.raw`(?:that['’]?s|that is) (?:the beauty|what makes)|no catch|never happened|(?:debt|loan) is done|(?:that['’]?s|that is) the end of it`,
  OWED_NOTHING_BY_NATURE,
  REASSURED_AWAY,
  String.raw`covers? the loan|lose the house, lose the debt|can['’]?t take more than|bans? it|no lump sum|you['’]re clear|it just (?:wrecks|hurts|dings|ruins) your credit`,
  // From the DA–DB review: a tag that still says it ("You owe zip.", "that's automatic", "that's the silver
  // lining", "they can't have both", "there's no separate thing", "Never have, never will.", "Toss it", a
  // creditor struck from the list), or a question that sells it ("Why wouldn't they do a deed in lieu?").
  String.raw`owe (?:zip|zilch|nada|zero)|(?:that['’]?s|that is) (?:automatic|a given)|silver lining|can['’]?t have both|no separate (?:thing|process|event)`,
  String.raw`never (?:has|have)(?: been)?,? never will|toss it|throw it (?:out|away)|strike the (?:lender|bank|mortgage)|why wouldn['’]?t (?:they|you|anyone)|lol`,
  // "The auction pays it off in full no matter what the bid was.", "The bank has its collateral, so it has its
  // money.", "same thing really".
  String.raw`pays? (?:it|the \w+) off in full|has its (?:money|collateral)|same thing|one and the same`,
  // From the thirteenth session's new writers: a next sentence that still says it ("Zero leftover.", "The sale
  // covers every cent of it.", "The sale takes care of all of it.", "Anywhere, ever.", "Count on it.").
  String.raw`zero (?:leftover|left over|balance|owed)|covers? every (?:cent|dime|penny)|takes? care of (?:all of it|everything|it all)`,
  String.raw`anywhere,? ever|count on it|every time,? in every state|(?:they['’]re|it['’]s) just gone`,
  // From the DM–DN review: "Always has, in this county and every other.", "Paid. Done.", "That's what the words
  // mean.", "That's the bargain the bank made…", "It isn't permitted.", "The house was the payment.", "The 1099-C
  // is just paperwork."
  String.raw`always has|paid\W+done|what (?:the )?(?:words?|term|name) means?|what ['‘’"]?\w+['’"]? means|(?:that['’]?s|that is) the bargain`,
  String.raw`(?:isn['’]t|is not|aren['’]t|are not) permitted|(?:house|home|property) was the payment|just paperwork`,
  String.raw`expect (?:a|the) (?:deficiency )?judgment`,
  // From the DO–DP review: "There's no avoiding it.", "No way around it."
  String.raw`no (?:avoiding|escaping|getting around) it|no way around it`,
  // From the DW–DX review: "That's just not a thing in the US.", "You never have to pay them back.", "No state
  // lets them.", "no lender can", "Not tacked on, forgiven.", "That's always how it's handled.", "Doesn't matter if it
  // sells for half." ("Never has been, never will be." is read with the DA–DB review's "Never have, never will.")
  String.raw`not a thing\b|never (?:have|has|need) to (?:pay|repay)|no (?:lender|bank|state|court) (?:can|lets|allows|will)`,
  String.raw`not tacked on|not reduced,? gone|always how (?:it|they)|(?:doesn['’]?t|does not) matter (?:if|how|what)`,
  // From the EA–EB review: "The property itself satisfies the debt.", "It's just part of the package.", "It's just
  // not allowed.", "A lender can't approve one and keep the balance alive."
  String.raw`(?:property|house|home) (?:itself )?satisf(?:ies|y)|part of the package|(?:it['’]s|it is) just not allowed`,
  String.raw`can['’]?t (?:approve|accept|agree to) (?:one|it|a short sale|the short sale) and`,
  // From the EW–EX review: "The house pay for the loan.", "It's the bank foreclosing with your cooperation.",
  // "This is true for everybody."
  String.raw`(?:house|home|property) (?:pays?|paid) (?:for )?(?:the |your |all the )?(?:loan|debt|mortgage)`,
  String.raw`(?:it['’]s|it is) (?:just |basically |really |simply )?(?:the|a) (?:bank|lender) foreclosing|true for (?:everybody|everyone|all)`,
  // From the EI–EJ review: "Lenders can't pursue it.", "Nobody gets a deficiency judgment these days".
  String.raw`can(?:'t|’t|not|never) (?:pursue|collect|chase|go after|recover) (?:it|them|that|the (?:rest|balance|shortfall|difference))|nobody gets (?:a|any)`,
]);

/** The families of a program said to forgive what is owed: arrears are deferred or added, not erased in part. */
const FORGIVES = new Set(['forbearance-forgives', 'modification-forgives']);

/** A next question that takes the claim as given ("So why is the servicer still billing me?"). */
const PRESUMING_QUESTION = /^\W*(?:so|then) why\b/i;

/**
 * A next sentence that answers the claim's sentence ("It doesn't, it postpones them.") or draws on it ("That's
 * why everyone signed up."): edited, the claim would no longer fit what follows (from the DW–DX review).
 */
const REBUTTAL =
  /^\W*(?:(?:the )?(?:reality|truth|facts?)\s*(?::|[—–]|\s-\s)|(?:it|they|that|this) (?:does|do|is|are|did|was|were|will|can|has|have)(?:n['’]?t| not)\b|(?:that['’]?s|that is|this is) why\b)/i;

/** A next sentence that is only the debt's end ("Gone.", "Paid. Done.", "Forgiven, never owed."). */
const BARE_ENDING =
  /^\W*(?:(?:gone|paid|done|over|finished|forgiven|erased|cleared|automatic|automatically|guaranteed|always|every time|completely|entirely|totally|zero|nada|zilch|move on|moving on|clean start|fresh start|clean slate|all of it)\W*)+$/i;

const ANSWER_WORDS = String.raw`no|nope|nah|not really|not (?:once|after|when|if|since)|yes|yep|yup|yeah`;

/**
 * An answer opening the claim's sentence or a clause of it ("Short answer: no, …", "Sure, …", "In short, yes: …",
 * "no!! short sales always settle…" from the GE–GF review).
 */
const OPENING_ANSWER = new RegExp(
  String.raw`(?:^|[:.?!…,]\s*)(?:${ANSWER_WORDS}|sure|easy|simple|it cannot|it can['’]t|they cannot|they can['’]t|it does|they do|it is|it will|n/a|none|nothing|(?:it|she|he|they|you|we) (?:does|do|did|is|are)(?:n['’]t| not))\s*(?:[,;:]|!+\s)`,
  'i',
);

/** A bare answer ("No.", "Yes, …") to the question before: a fix would leave it answering for the myth. */
const ANSWER = new RegExp(
  String.raw`^\s*(?:(?:a|answer|reply|response)\s*[:.]\s*)?(?:${ANSWER_WORDS})\b`,
  'i',
);

/**
 * A myth's predicate before the claim: these words say the debt ended even in a clause joined by a comma
 * or "and" ("ur mortgage is toast, you owe nothing")…
 */
const PLAIN_ENDINGS = [
  String.raw`gone|wiped|toast|eras\w*|forgiven|off the hook|owe nothing|can['’]?t owe|clean slate|fresh start|start (?:fresh|clean)`,
  // "Signing a deed in lieu discharges the entire remaining loan, and after that…" (the FU–FV review).
  String.raw`discharg\w* (?:the|your|all|every) (?:\w+ )?(?:\w+ )?(?:loan|debt|balance|mortgage)`,
  // "The bank's only remedy is the house itself, and once it has the house, …": the lender limited to the house.
  String.raw`only remedy`,
  // "Mortgages here are non-recourse, so …": every loan said to be non-recourse.
  String.raw`non[- ]?recourse`,
  // "…the bank can't ask us for anything else, …", "…the lender can't charge you nothing more, …".
  String.raw`can['’]?t (?:ask|charge|bill) (?:us|you|them|me|him|her)? ?(?:for )?(?:anything|nothing|more)`,
  String.raw`free and clear|debt[- ]free|pays? (?:it |that |the \w+ )?off|(?:is|are|was|were) (?:\w+ )?a payoff|free (?:months?|payments?|money)`,
  // "…is your get-out-of-debt card, the whole balance…" (from the DO–DP review).
  String.raw`get[- ]out[- ]of[- ]debt`,
  // "Forbearance is a gift, …", "…there's nothing left to owe, …": the event praised as a gift, or nothing owed,
  // before the claim (from the HI–HJ review; "the way to go" stays, an earlier reviewer judged it right).
  String.raw`(?:is|are) a (?:real )?(?:gift|break|blessing|lifesaver)|nothing left to (?:owe|pay)`,
  // "deficiency judgments r illegal, banks may…" (from the ES–ET review).
  String.raw`illegal|outlawed|banned`,
  // "theres no deficiency on a mortgage, bank may be…" (from the FQ–FR review).
  String.raw`there(?:['’]s| is|s) no (?:such thing as (?:a )?)?(?:deficiency|deficiencies|balance|debt)`,
  // "…the bank's way of calling it even, and the mortgage is…".
  String.raw`call(?:s|ed|ing)? it (?:even|square|quits)`,
  // "There isn't one, a short sale is…", "it's all one proceeding, and the short sale is…" (from the FO–FP review).
  String.raw`there isn['’]?t one|one proceeding`,
  // "you won't get taxed on anything the bank forgives, …", "there isn't any, a deficiency is…", "the DIL takes
  // care of all of the debt, bank…" (from the FY–FZ review).
  String.raw`(?:won['’]?t|will not|don['’]?t|do not|never) (?:get |be )?tax(?:ed|able)|there (?:isn['’]?t|is not|are not|aren['’]?t) any|takes? care of (?:all|every|the (?:whole|entire|rest))`,
  // "…, that makes them whole, and…", "deficiency judgement dont exist for houses, …", "a clean way out: …"
  // (from the EW–EX review).
  String.raw`makes? (?:them|the (?:bank|lender)) whole|made whole|(?:don['’]?t|dont|do not|doesn['’]?t|does not) exist|clean (?:way out|break)|(?:get|gets|walk|walks|come|comes) (?:out|away) clean`,
  OWED_NOTHING_BY_NATURE,
  ENDED_HERE,
];
const MYTH_BEFORE_CLAUSE = anyOf(PLAIN_ENDINGS);
/** …and these too once a dash, colon or semicolon sets the clause off ("Jingle mail works: …"). */
const MYTH_BEFORE = anyOf([
  ...PLAIN_ENDINGS,
  String.raw`forgiv\w*|cancel\w*|clean exit|start over|square|works|settled|finished|done|over|listo|debt relief`,
  // "Deficiency judgments are illegal; …" (from the DM–DN review).
  String.raw`prohibited`,
  // "…the lender has to accept it; …" (from the FA–FF review).
  String.raw`(?:has|have) to accept|must accept`,
  // "Banks have no legal way to pursue what's left…; …", "Nobody gets a deficiency judgment these days; …" (from
  // the EI–EJ review).
  String.raw`no (?:legal )?(?:way|right) to (?:pursue|collect|chase|go after|recover)|nobody gets|can['’]?t (?:pursue|collect|chase|go after)`,
  // "You don't get to skip it: …", "Strategic default is easy: …" (from the EA–EB review).
  String.raw`(?:don['’]?t|do not) get to (?:skip|avoid|escape) it|is easy`,
]);

/**
 * A short fragment after the claim's sentence that re-asserts it ("Ever.", "Every time, every lender.", "No
 * exceptions", "Anywhere."), closed by a stop or by the end of the text.
 */
function reassertingFragment(text: TextSource, to: number): boolean {
  const tail = text.slice(to, to + 32);
  const found = FRAGMENT.exec(tail);
  return (found !== null && (found[1] !== '' || to + 32 >= text.length)) || VOUCHED.test(tail);
}

/** A sentence that opens by telling the reader not to worry ("Don't stress about the leftover.", "Relax.", "Aunty
 * Grace you don't need to worry about the gap." from the HA–HB review). */
const REASSURING =
  /^\W*(?:[\w'’]+,? ){0,3}?(?:(?:you )?(?:don['’]?t|do not|no need to) (?:need to |have to )?(?:[\w'’]+ )?(?:worry|stress|panic|sweat)|relax|rest easy|no worries)\b/i;

/** A sentence beside the claim that tells the reader not to worry, anywhere in it. */
const REASSURANCE =
  /\b(?:(?:stop|quit) worrying|nothing to worry about|no (?:need|reason) to worry|calm (?:that|it|this|them|those fears|(?:your|their|his|her) (?:fears?|nerves)) down|put (?:your|their|his|her) mind at ease)\b/i;

/** The families whose event usually or often does release the borrower: said of every one, "may still owe" or "not
 * always" would say each may leave a balance (from the GY–GZ and GG–GH reviews). */
const RELEASE_RULES = new Set(['deed-in-lieu-releases-debt', 'short-sale-settles-debt']);

/** Every state named before the edit ("Any state, any loan: …", "Nationwide, …"); not "in the United States", before
 * which reviewers judged "depending on state law" right. */
const ANY_STATE_BEFORE =
  /\b(?:any|every|all (?:50|fifty)) states?\b|\bnationwide\b|\beverywhere\b|\banywhere\b/i;

/** The writer vouching for the claim right after it ("…a deficiency judgment. I learned that the hard way.", "…a
 * kind of foreclosure. The voluntary kind." from the HE–HF review). */
const VOUCHED =
  /^\s*(?:(?:i learned (?:that|this|it) the hard way|trust me|believe me|ask me how i know|(?:[\w'’]+ ){0,2}guarantees it|just (?:the|a) (?:[\w'’-]+ )?(?:version|kind|type|flavor))\b|(?:the|a) (?:[\w'’-]+ )?(?:version|kind|type|flavor)\s*[.!])/i;

const FRAGMENT =
  /^\s*(?:ever|always|never|period|full stop|guaranteed|automatically|every (?:single )?time|all of it|for good|it always has|no exceptions?|no leftovers?|nothing left|anywhere|everywhere|nationwide)\b[^.!?]{0,16}([.!?]|$)/i;

/** A case-blind test for any of `alternatives` as whole words. */
function anyOf(alternatives: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:${alternatives.map((a) => `(?:${a})`).join('|')})\b`, 'i');
}

/** A command made light, then "and" and its result: "just get forbearance and …". */
const IMPERATIVE_PROMISE =
  /^\s*(?:just|simply) (?:get|take|do|sign|hand|drop|file|apply|ask|go|let|walk|give|move|mail|send|leave)\b[^.;:!?]*\band\b[^.;:!?]*$/i;

/** Words a rewording itself brings in. */
const OWN_HEDGES = /\bnot (?:always|automatically|necessarily)\b|\bnot every\b/gi;

/** The myth said again after the claim in its own sentence, whatever joins them (see RESTATES). */
const SAID_AGAIN =
  /\b(?:there['’]?s no (?:leftover|balance|deficiency)|(?:it['’]?s|its|it is|that['’]?s|thats|that is) (?:simply )?(?:illegal|never allowed|not allowed|not legal)|no questions(?: asked)?|that['’]?s the whole (?:story|thing)|(?:house|home) is what (?:they|the bank|the lender) loaned)\b/i;

/** A myth's predicate in another clause after the claim ("…, and you're off the hook"): the edit leaves it standing. */
const MYTH_AFTER =
  /(?:[,;:—–→]|->|\p{Extended_Pictographic}|\band\b|\bso\b).*\b(?:gone|wiped|eras\w*|forgiv\w*|cancel\w*|off the hook|like nothing (?:ever )?happened|owe nothing|owing nothing|owe zero|clean slate|fresh start|starts? (?:fresh|over|clean)|free and clear|debt[- ]free|square|settled|satisfied|released|paid (?:off|in full)|zero|nothing (?:left|more|else)|in the clear|over with|done|closed out|cuts what you owe|new (?:\w+ )?loan starts|obligation ends|debt ends|loan ends|(?:is|are|was|['’]s) (?:finished|over|history))\b/iu;

/** Whether the sentence before or after the claim's, in its paragraph, restates the myth (see RESTATES). */
function neighbourRestates(tokens: Tokens, text: TextSource, claim: ClaimMatch): boolean {
  const i = sentenceIndex(tokens, claim.sentence.end);
  const textOf = (j: number) => wordsText(tokens, sentenceFirst(tokens, j), tokens.sentenceEnds[j], text);
  // An answer to a question: in the claim's own sentence ("Yes, it is forgiven.") or just before it.
  // "Q. Will I owe? A. No. The sale…": the answer's label may stand as a sentence of its own.
  const asked = (j: number) =>
    isQuestion(tokens, j) || (j > 0 && /^\W*(?:a|answer)\W*$/i.test(textOf(j)) && isQuestion(tokens, j - 1));
  const answers = (j: number) => j > 0 && ANSWER.test(textOf(j)) && asked(j - 1);
  if (answers(i) || (i > 0 && answers(i - 1))) return true;
  // "What does forbearance do? It forgives…": denied, the answer no longer says what it does.
  if (
    i > 0 &&
    isQuestion(tokens, i - 1) &&
    /^\W*(?:what|how)\b/i.test(textOf(i - 1)) &&
    /^\W*(?:it|they)\b/i.test(textOf(i))
  )
    return true;
  if (i > 0 && !startsBlock(tokens, claim.sentence.first) && RESTATES.test(textOf(i - 1))) return true;
  // "…what happens to the other $70,000? Nothing. The sale settles…", "Can the lender chase it? Never. Lenders
  // aren't permitted…": the bare answer before it says it too.
  // "Answer key, #7: TRUE. A completed foreclosure…": a bare "true" or "yes" affirms the claim after it.
  // "…ppl asked if we still owe the 60k. no!! short sales always settle…": an answer that ends the sentence before, after
  // a full stop no capital followed (from the GE–GF review).
  if (
    i > 0 &&
    /(?:^|[.?!…]\s+)\W*(?:(?:a|answer)\s*:\s*)?(?:nothing(?: at all| happens)?|none|never|nope|nah|no|don['’]?t|do not|true|yes|correct|(?:they|you|we)(?:['’]re| are) not|(?:it|she|he|they|you|we) (?:does|do|did|is|are|was|were|wo)(?:n['’]?t| not)|(?:it|she|he|they|you|we) will not|it['’]s not)\W*$/i.test(
      textOf(i - 1),
    )
  )
    return true;
  // "…the loan is DONE. so why is a collection agency calling?": the next question takes the claim as given.
  return (
    i + 1 < tokens.sentenceCount &&
    !startsBlock(tokens, claim.sentence.end) &&
    (RESTATES.test(textOf(i + 1)) ||
      BARE_ENDING.test(textOf(i + 1)) ||
      REBUTTAL.test(textOf(i + 1)) ||
      PRESUMING_QUESTION.test(textOf(i + 1)))
  );
}

/**
 * The concepts that say what a myth asserts (the debt ended or forgiven, the house as payment, no tax, a
 * judgment that always follows), as against what it is about (the event, the lender, the debt). A negation
 * before one of these says the opposite ("foreclosure isn't the end of it").
 */
const ASSERTED = [
  // "In English it is same too: short sale is foreclosure": the sameness said before the edit stays.
  'same-thing',
  'debt-gone',
  'debt-gone-bare',
  'debt-cleared',
  'ends-it',
  'lose-debt',
  'clean-slate',
  'release-state',
  'collateral-pays',
  'house-pays-debt',
  'only-house',
  'debt-follows-house',
  'forgiveness-noun',
  'tax-free',
  'inevitable',
];

/** …and those that carry their own negation ("owe nothing", "can't collect", "got banned"): a myth either way. */
const ASSERTED_NEGATIVELY = [
  'owe-nothing',
  'owe-nothing-you',
  'owe-nothing-double',
  'no-longer-owe',
  'without-owing',
  'not-you',
  'never-repay',
  'never-liable',
  'shielded-from',
  'lender-cannot-collect',
  'never-allowed',
  'never-allows',
  'never-exists',
  'barred-everywhere',
  'anti-deficiency-state',
  'never-taxed',
];

/**
 * Whether `rest`, the words after a claim in a sentence with no punctuation at all, opens a clause of its own: a
 * subject pronoun, "the" and a noun, a tag ("thats…", "like it is…") or a hedge word left dangling ("…basically").
 */
function runsOn(rest: string, original: string): boolean {
  // Only where the writer punctuates nothing, as in a chat or a transcript: "the debt the borrower fell behind on."
  // runs on into a relative clause, not a sentence.
  if (/[,;:.!?—–]/.test(original)) return false;
  const words = rest.toLowerCase().match(/[a-z']+/g) ?? [];
  const first = words[0] ?? '';
  if (words.length === 1 && DANGLING.has(first)) return true;
  return words.length >= 3 && RUN_ON_OPENERS.has(first);
}

const RUN_ON_OPENERS = new Set(
  "the they theyve they've you u thats that's its it's it we i he she like deficiency banks lenders".split(
    ' ',
  ),
);
const DANGLING = new Set(['basically', 'literally', 'honestly', 'really']);

/**
 * An event named right before an edit ("deed in lieu = ", "the short sale "), with no person before it to be the
 * one who owes ("Homeowners who go through foreclosure may still owe…" keeps its subject).
 */
const EVENT_BEFORE = /\b(?:lieu|dil|sales?|foreclosures?|forbearance|modifications?|mods?)\W*$/i;
const PERSON =
  /\b(?:you|u|i|we|they|he|she|someone|anyone|everyone|people|folks|famil(?:y|ies)|(?:home)?owners?|borrowers?|sellers?|buyers?|debtors?)\b/i;

/**
 * A sentence of at most this many words after a claim, with a word that says all, none or the same
 * ("u dont pay them back", "Not in Florida, not in any state."), goes on with it (see nextContinues);
 * "Some people start over in a rental." does not.
 */
const SHORT_NEIGHBOUR = 8;

const POLAR =
  /\b(?:never|not|no|none|nothing|every|all|any|always|ever|dont|doesnt|wont|cant|cannot|same|period|automatic|automatically|guaranteed|everywhere|anywhere|illegal|banned|swap|trade)\b|n['’]t\b/i;

/** Words that say something of every case, whatever the sentence's length. */
const UNIVERSAL_WORDS =
  /\b(?:always|automatically|every (?:single )?time|either way|all one|the same thing|no matter what|no exceptions?)\b/i;

/** A sentence that opens by referring back to the claim ("It's…", "That's…", "They're…", "None."). */
const LEANS_BACK =
  /^\W*(?:(?:once|after|when|then|so|and|the (?:minute|moment|second|day))\s+)?(?:it|it['’]s|its|that|that['’]s|thats|this|they|they['’]re|theyre|those|these|none|every|same|no more|(?:just |only )?ones)\b/i;

/** The lender said to have what it is owed once it has the house ("…once they have it back they have what they're
 * owed", from the GO–GP review), or to bear the loss ("Whatever they lose is legally their loss.", HI–HJ). */
const LENDER_SETTLED =
  /\b(?:have|has|got|get|gets) what (?:they|it|the bank|the lender)(?:['’]re| are| is| was| were)? owed\b|\b(?:is|are) (?:legally |simply )?(?:their|its|the bank['’]s|the lender['’]s) loss\b/i;

/** A next sentence that draws a conclusion from the claim ("So I dont understand this repayment letter."). */
const CONCLUDES = /^\W*(?:so|therefore|thus|hence|which is why)\b/i;

/** A sentence that opens afresh: a contrast, a condition, a hedge or an answer of its own. */
const FRESH_START =
  /^\W*(?:but|however|though|although|still|yet|instead|unless|if|depending|except|only|in (?:some|many|most)|sometimes|often|usually|check|ask|talk|call|see|read)\b/i;

/** A hedge or a condition among a stretch's trigger reasons: what it says is not asserted outright. */
function qualifies(reasons: readonly string[]): boolean {
  return reasons.includes('hedged') || reasons.includes('conditional');
}

/** The index of the sentence that ends at word `end` (the claim's own). */
function sentenceIndex(tokens: Tokens, end: number): number {
  return lowerBound(tokens.sentenceCount, (i) => tokens.sentenceEnds[i] >= end);
}

export function createFixCheck(rules: readonly CompiledRule[], index: ClaimIndex, scorer?: Scorer): FixCheck {
  // Documents repeat sentences (a template, a pasted FAQ): each fixed sentence is judged once.
  const judged = new Map<string, boolean>();
  const clean = (sentence: string, original: string): boolean => {
    const key = `${original}\u0000${sentence}`;
    let ok = judged.get(key);
    if (ok === undefined) {
      ok = BROKEN.every((shape) => !shape.test(sentence) || shape.test(original)) && !statesClaim(sentence);
      if (judged.size >= 4096) judged.clear();
      judged.set(key, ok);
    }
    return ok;
  };
  // A neighbour sentence is read alone for each claim beside it (see neighbourClaims): read once.
  const alone = new Map<string, boolean>();
  const statesClaim = (sentence: string) => {
    let found = alone.get(sentence);
    if (found === undefined) {
      found =
        findClaims(tokensOfText(sentence, index), rules, index, undefined, undefined, undefined, scorer)
          .length > 0;
      if (alone.size >= 4096) alone.clear();
      alone.set(sentence, found);
    }
    return found;
  };
  const asserted = conceptMask(ASSERTED);
  const assertedNegatively = conceptMask(ASSERTED_NEGATIVELY);
  // The concepts a stretch of words names, as bits (see conceptsIn).
  const named: number[] = [];
  // The reasons of the context triggers in words [first, end).
  const reasonsIn = (tokens: Tokens, first: number, end: number) =>
    triggersIn(tokens, index, { first, end, question: false }, () => false).map(({ group }) => group.reason);
  // Whether words [first, end) say what a myth asserts, unhedged and unconditioned (see ASSERTED).
  const asserts = (tokens: Tokens, first: number, end: number) => {
    named.length = 0;
    conceptsIn(tokens, index, first, end, named);
    const negative = hasAny(named, assertedNegatively);
    if (!negative && !hasAny(named, asserted)) return false;
    const reasons = reasonsIn(tokens, first, end);
    if (qualifies(reasons)) return false;
    return negative || !reasons.includes('negated');
  };
  /**
   * Whether the sentence before or after the claim's, in its paragraph, says what a claim asserts (the debt
   * gone, the lender barred): denied alone, the claim would leave its neighbour carrying the myth on
   * ("…settles the debt. Lender takes the house and nobody owes anybody anything.") or reading against it
   * (from the FA–FF review: 5 of 21 rewordings of a sentence with neighbours were right). A hedged or
   * conditional neighbour ("If the borrower dies, the estate may owe the rest.") asserts nothing.
   */
  const neighbourAsserts = (tokens: Tokens, claim: ClaimMatch) =>
    // A question ("Is the debt gone?") asserts nothing.
    neighboursOf(tokens, claim).some(
      (j) => !isQuestion(tokens, j) && asserts(tokens, sentenceFirst(tokens, j), tokens.sentenceEnds[j]),
    );
  /**
   * Whether the sentence before or after the claim's, in its paragraph, read alone, states a claim of its own
   * ("In America the bank can never chase you for leftover. Deficiency judgment is not allowed here."): the edit
   * of one sentence would leave the other saying the myth (from the FS–FT review).
   */
  const neighbourClaims = (tokens: Tokens, text: TextSource, claim: ClaimMatch) =>
    neighboursOf(tokens, claim).some(
      (j) =>
        !isQuestion(tokens, j) &&
        statesClaim(wordsText(tokens, sentenceFirst(tokens, j), tokens.sentenceEnds[j], text)),
    );
  /**
   * Whether the sentence after the claim's, in its paragraph, goes on with it: by referring back ("It's all on
   * the bank.", "That's a permanent rule.", "Once it's entered…"), even when hedged, or in a few words that say
   * all, none or the same ("Every one of them.", "Lenders never ask for those back."). After the edit it would
   * still say the myth or no longer make sense (from the FM–FN review: 3 of 20 rewordings of a sentence with
   * neighbours were right, most of the wrong ones with a sentence like these after it). A question, or a
   * sentence that opens with a contrast, a condition, a hedge or an instruction, starts afresh.
   */
  const nextContinues = (tokens: Tokens, text: TextSource, claim: ClaimMatch) => {
    const i = sentenceIndex(tokens, claim.sentence.end);
    if (i + 1 >= tokens.sentenceCount || startsBlock(tokens, claim.sentence.end) || isQuestion(tokens, i + 1))
      return false;
    const first = sentenceFirst(tokens, i + 1);
    const end = tokens.sentenceEnds[i + 1];
    const words = wordsText(tokens, first, end, text);
    if (CONCLUDES.test(words) || LENDER_SETTLED.test(words)) return true;
    if (FRESH_START.test(words)) return false;
    // Referring back, it goes on with the claim even when hedged ("It's one of the types a bank can do.").
    if (LEANS_BACK.test(words)) return true;
    if (qualifies(reasonsIn(tokens, first, end))) return false;
    // "The court tacks one on automatically for whatever's left.", "…and it's all one process.": a sentence of any
    // length that says it of every case goes on with the claim (from the HA–HB review).
    return (end - first <= SHORT_NEIGHBOUR && POLAR.test(words)) || UNIVERSAL_WORDS.test(words);
  };
  /**
   * Whether a clause before the edit, set off by a comma, dash, colon, semicolon or "and", says what a claim asserts:
   * "deficiency judgments got banned years ago, lenders may be able to…" (from the FI–FJ review). A leading
   * condition or time ("Once forbearance ends, …") asserts nothing; only the clauses after it are read.
   */
  const clauseBeforeAsserts = (tokens: Tokens, text: TextSource, claim: ClaimMatch, editStart: number) => {
    const from = tokens.starts[claim.sentence.first];
    const premise = PREMISE.test(text.slice(from, Math.min(editStart, from + 16)));
    let first = -1; // the first clause break
    let last = -1; // the last before the edit
    for (let k = claim.sentence.first; k < claim.sentence.end && tokens.starts[k] < editStart; k++)
      if (
        (tokens.gaps[k] >= Gap.Clause || wordAt(tokens, k + 1) === 'and') &&
        k + 1 < claim.sentence.end &&
        tokens.starts[k + 1] <= editStart
      ) {
        if (first < 0) first = k;
        last = k;
      }
    if (last < 0 || (premise && last === first)) return false;
    return asserts(tokens, premise ? first + 1 : claim.sentence.first, last + 1);
  };
  return (fix, claim, tokens, text) => {
    const first = claim.sentence.first;
    const last = claim.sentence.end - 1;
    const from = tokens.starts[first];
    // The sentence's closing punctuation belongs to it: "… is gone." reads as a statement.
    let to = wordEnd(tokens, last);
    while (to < text.length && /[.!?"”)]/.test(text.charAt(to))) to++;
    // A subject carried from the sentence before stands on this one's first word: the claim's own words start at
    // its first slot of this sentence ("Members were told it ends all remaining debt" reports, from its start).
    const claimStart = tokens.starts[(claim.slots.find((slot) => !slot.carried) ?? claim.slots[0]).first];
    const lastSlot = claim.slots[claim.slots.length - 1];
    const claimEnd = wordEnd(tokens, lastSlot.first + lastSlot.length - 1);
    if (fix.start < from || fix.end > to) return undefined;
    // A claim read with the tag after its sentence ("…the arrears vanish. Automatic."): an edit of the sentence
    // would leave the tag asserting the myth.
    if (tokens.sentenceEnds[sentenceIndex(tokens, first + 1)] !== claim.sentence.end) return undefined;
    // The edit rewrites the claim itself, or denies its quantified subject ("Not every foreclosure…").
    const inClaim = fix.end > claimStart && fix.start < claimEnd;
    if (!inClaim && !/^not (?:every|all)\b/i.test(fix.replacement)) return undefined;
    const original = text.slice(from, to);
    // The writer's words before the edit, and before the claim.
    const before = text.slice(from, fix.start);
    const beforeClaim = text.slice(from, claimStart);
    if (REASONING.test(original) || fix.replacement.includes('#')) return undefined;
    // "Don't you realize that a short sale wipes out…?": a rhetorical question, denied inside, still asks it.
    if (/\?\W*$/.test(original)) return undefined;
    // "not all the late payments are erased" says some are: arrears are usually deferred or added to the loan,
    // not erased in part (from the EW–EX review); so does "did not forgive all the payments" (GO–GP review). "Not all
    // modifications…" quantifies the programs instead.
    if (
      FORGIVES.has(claim.rule.id) &&
      /^(?:not|(?:did|does|do|will) not \w+) all (?:the |of the |of your |your )?(?:[\w-]+ )?(?:payments|arrears|amounts|installments|past[- ]due|back payments|arrearages?)\b/i.test(
        fix.replacement + text.slice(fix.end, to),
      )
    )
      return undefined;
    // "Not every deed in lieu ends with a deficiency judgment" says most do; a deed in lieu releases the borrower in
    // most cases (legal-facts.md, Nolo) (from the EI–EJ review).
    if (
      claim.rule.id === 'deficiency-automatic' &&
      /^not every\b/i.test(fix.replacement) &&
      /\bdeeds? in lieu\b/i.test(original)
    )
      return undefined;
    // "Forbearance is when the bank does not forgive your payments…", "thats the program where they do not forgive…":
    // denied inside a definition's "is when" or "the program where", forbearance becomes no relief at all (from the
    // GI–GJ review).
    if (
      FORGIVES.has(claim.rule.id) &&
      /(?:\b(?:is|are)|['’]s)\s+(?:when|where)\b[^,;:.]{0,40}$|\b(?:program|plan|option|thing)\s+(?:where|that|which)\b[^,;:.]{0,40}$/i.test(
        before,
      )
    )
      return undefined;
    // "What a loan modification does: - lowers the rate - … - erases your arrears": one item of a list of what the
    // thing does, denied, reads against its heading (from the GK–GL review).
    if (/\bwhat (?:a|an|the|your) [\w' -]{1,40} does\s*:/i.test(before)) return undefined;
    // "Not every trustee's sale triggers an automatic deficiency judgment" still says some are automatic; none is
    // (from the GE–GF review).
    if (/^not every\b/i.test(fix.replacement) && /\bautomatic(?:ally)?\b/i.test(text.slice(fix.end, to)))
      return undefined;
    // "…not always free of the debt the moment they leave" says leaving sometimes ends it; leaving alone never does.
    if (
      claim.rule.id === 'losing-home-ends-debt' &&
      /\bthe (?:moment|minute|second|instant|day) (?:they|you|he|she|we) (?:leave|move|walk|hand|mail|drop)/i.test(
        original,
      )
    )
      return undefined;
    // "They take the house, we're even" is the writer's own case: "you may still owe…" would change the speaker.
    if (
      /^(?:we|i|us)\b|^(?:we|i)['’]/i.test(text.slice(fix.start, fix.end)) &&
      /^you\b/i.test(fix.replacement)
    )
      return undefined;
    // A deed in lieu releases the borrower in most cases (legal-facts.md, Nolo): "not released as a matter of
    // course" would say it seldom does (from the DM–DN review), and "as with all deeds in lieu, … may still owe"
    // or "like with any short sale" that every one may leave a balance (see RELEASE_RULES).
    if (
      (claim.rule.id === 'deed-in-lieu-releases-debt' && /\bas a matter of course\b/i.test(original)) ||
      (RELEASE_RULES.has(claim.rule.id) && /\b(?:as|like) (?:with )?(?:all|every|any)\b/i.test(original))
    )
      return undefined;
    // An edit inside a leading condition ("Whenever a house is foreclosed, …") changes the premise,
    // not the claim.
    const comma = original.search(/[,;:]/);
    if (PREMISE.test(original) && comma >= 0 && fix.start - from < comma) return undefined;
    // The writer's words: outside the edit, and those the edit copies ("…collect a deficiency anywhere…").
    const outside = before + ' ' + text.slice(fix.end, to) + ' ' + fix.replacement.replace(OWN_HEDGES, ' ');
    // The claim's own later words count too ("…are not automatically forgiven and your loan starts over").
    if (CERTAINTY.test(outside) || MYTH_AFTER.test(text.slice(fix.end, to))) return undefined;
    // The myth said again after the claim's words in its own sentence, joined without a comma ("…automatic there's
    // no leftover", "…on a mortgage it's not allowed": from the GQ–GR review).
    if (SAID_AGAIN.test(text.slice(claimEnd, to))) return undefined;
    // A claim listed among an option's pros ("Pros of a short sale: … and the balance is cancelled"): denied, it
    // is no longer a pro (from the GQ–GR review).
    if (PROS_OPENING.test(beforeClaim)) return undefined;
    // A definition's clause ("Vocab: Forbearance – when a lender cancels…", "a form of debt forgiveness in which…")
    // denied no longer defines; a note after an arrow ("Forbearance → missed payments erased") has no verb to deny
    // (from the GS–GT review).
    if (DEFINING_CLAUSE_BEFORE.test(before) || /(?:→|->)\s*[^.;:]*$/.test(before)) return undefined;
    const reported = REPORTED.test(beforeClaim) && !/\bcontrary to\b/i.test(original);
    if (ONE_DOCUMENT.test(original) || reported) return undefined;
    // A myth in a clause before the claim ("…gets you a clean slate—the loan is…", "Jingle mail works: …").
    // An answer that opens the sentence ("Approved response: No, the foreclosure takes care of…", "Sure,
    // give the lender the home back…", "It cannot; …") would still answer for the myth.
    if (OPENING_ANSWER.test(before)) return undefined;
    if (/[—–:;]/.test(before) && MYTH_BEFORE.test(before)) return undefined;
    // …and after a comma or "and", the plainer ones ("ur mortgage is toast, you owe nothing").
    if (/,|\b(?:and|so)\b/.test(before) && MYTH_BEFORE_CLAUSE.test(before)) return undefined;
    // A tag after the statement ("…will be sued for the deficiency; that always follows"): denying the tag
    // leaves the statement before it asserting the myth.
    if (/[;:—–]\s*(?:and\s+)?(?:that|this|it|which)\b[^;:—–]*$/i.test(before)) return undefined;
    // An easy way out promised ("just get forbearance and those payments disappear"): flatly denied, it
    // promises nothing ("…and those payments do not disappear"); a hedged or modal result still reads well.
    if (IMPERATIVE_PROMISE.test(before) && /\bnot (?!always|automatically|necessarily)/.test(fix.replacement))
      return undefined;
    // "at least" makes the claim a consolation; a following fragment ("Ever.", "Always have.") re-asserts it.
    if (/\bat least\b/i.test(original) || reassertingFragment(text, to)) return undefined;
    // An edit before a break inside the claim ("the auction is the end of it, whatever you owed gets wiped")
    // leaves the claim's later clause standing (from the DO–DP review).
    if (fix.end < claimEnd && /[,;:—–]/.test(text.slice(fix.end, claimEnd))) return undefined;
    // One clause only: in a longer sentence the rest may still draw the myth's conclusion.
    if (/[,;:—–(]|\s-\s|\b(?:and|but|so|or)\b/i.test(text.slice(Math.max(fix.end, claimEnd), to)))
      return undefined;
    // "a foreclosed loan is a paid loan the auction settles it all": unpunctuated, the words after the claim
    // are another sentence run on, which the edit leaves saying the myth (from the EY–EZ review).
    // (An edit that runs to the sentence's end, to add ", depending on state law", copies those words into it.)
    if (runsOn(text.slice(fix.end >= to ? claimEnd : Math.max(fix.end, claimEnd), to), original))
      return undefined;
    if (
      neighbourRestates(tokens, text, claim) ||
      neighbourAsserts(tokens, claim) ||
      neighbourClaims(tokens, text, claim)
    )
      return undefined;
    if (nextContinues(tokens, text, claim)) return undefined;
    // "Rest easy, retirees: a lender is never permitted…" reassures in the claim's own sentence (from the GO–GP review).
    if (REASSURING.test(beforeClaim)) return undefined;
    // "Don't worry yourself about the shortfall. Banks are never allowed…": reassured just before, the reader would
    // still be told not to worry about what the edit now says may happen (from the GG–GH review); so too after it
    // ("I tell everybody that at intake so they can stop worrying.", from the HG–HH review).
    if (
      neighboursOf(tokens, claim).some((j) => {
        const words = wordsText(tokens, sentenceFirst(tokens, j), tokens.sentenceEnds[j], text);
        // "…, but you can calm that down quick." before it reassures as well (from the GW–GX review).
        return tokens.sentenceEnds[j] <= claim.sentence.first
          ? REASSURING.test(words) || REASSURANCE.test(words)
          : REASSURANCE.test(words);
      })
    )
      return undefined;
    // Words in another language beside the claim ("…, ya no debes nada, the lender releases you…") may say the
    // myth again where no edit reaches; and "that's how it works" insists on what "not always" would deny
    // (from the FW–FX review).
    if (SPANISH.test(neighbourhood(tokens, text, claim)) || GENERALIZED.test(original)) return undefined;
    if (clauseBeforeAsserts(tokens, text, claim, fix.start)) return undefined;
    // "…deficiency judgment (i.e. the foreclosure…)" became "(i.do not e. …)": an edit inside an abbreviation's
    // letters breaks it (from the HM–HN review).
    if (/\b(?:i\.e|e\.g)\./i.test(text.slice(Math.max(0, fix.start - 4), fix.end + 4))) return undefined;
    // "courts never actually grant them" made "courts may be allowed them": a verb with its object replaced by a
    // passive leaves the object stranded (from the GW–GX and HO–HP reviews).
    if (
      /^may be allowed (?:them|it|those|one|any)\b/i.test(
        `${fix.replacement}${text.slice(fix.end, fix.end + 8)}`,
      )
    )
      return undefined;
    // "may be able to be collected" says no more than "may be collected".
    let replacement = fix.replacement.replace(/\bmay be able to be\b/gi, 'may be');
    // "once u surrender the property u owe nothing": the writer's "u" stays.
    if (/^u\b/i.test(text.slice(fix.start, fix.end))) replacement = replacement.replace(/^you\b/i, 'u');
    // "is not always automatically wiped" stacks two hedges: "not automatically" says it (from the FG–FH review).
    replacement = replacement.replace(/\bnot always automatically\b/i, 'not automatically');
    // "…can count as taxable income for tax purposes" says tax twice: "income" alone (from the FU–FV review).
    if (/^\s+for (?:\w+ )?tax purposes\b/i.test(text.slice(fix.end, fix.end + 40)))
      replacement = replacement.replace(/\btaxable income\b/i, 'income');
    // "…can count as taxable income by the IRS": with an agent after it, the passive reads ("can be treated as").
    if (/^\s+by\b/i.test(text.slice(fix.end, fix.end + 4)))
      replacement = replacement.replace(/\bcan count as\b/i, 'can be treated as');
    // A definition ("Deficiency judgment: the judgment that always follows…") reads "may follow", not "does not
    // always follow"; a caption in capitals keeps its capitals (from the FS–FT review).
    if (DEFINITION_LABEL.test(original) && RELATIVE_BEFORE.test(before))
      replacement = mayInsteadOfNotAlways(replacement);
    if (/[A-Z]/.test(original) && !/[a-z]/.test(original)) replacement = replacement.toUpperCase();
    const fixed = before + replacement + text.slice(fix.end, to);
    if (!clean(fixed, original)) return undefined;
    // "deed in lieu = off the hook" → "deed in lieu may still owe…": only a person owes (from the FQ–FR review).
    if (/^(?:may )?still owe\b/i.test(replacement) && EVENT_BEFORE.test(before) && !PERSON.test(before))
      return undefined;
    // "A modification doesn't just lower your payment, it does not automatically forgive…" breaks "not just X, it Y"
    // (from the HI–HJ review).
    if (
      /\b(?:doesn['’]?t|does not|isn['’]?t|is not|won['’]?t|will not) just\b[^.;:!?]*,\s*(?:but\s+)?(?:it|they)\s+$/i.test(
        before,
      )
    )
      return undefined;
    // "Any state, any loan: the lender may be able to collect…, depending on state law" contradicts itself (from the
    // HE–HF review).
    if (/depending on state law/i.test(replacement) && ANY_STATE_BEFORE.test(before)) return undefined;
    // "Unit 610 sold short last spring and … whatever was left did not always get cancelled": one past event
    // is not "always" (from the FM–FN review); "Deeds in lieu always released…" told a past rule.
    if (/\b(?:did|was|were) not always\b/i.test(replacement) && !/\balways\b/i.test(original))
      return undefined;
    return replacement === fix.replacement ? fix : { ...fix, replacement };
  };
}

/** A glossary-style definition: a short label, a colon, then the definition ("Deed in lieu: the borrower…"). */
const DEFINITION_LABEL = /^[^\s:.?!][^:.?!]{0,40}:\s+\S/;

/**
 * A definition's clause just before the edit ("Forbearance – when a lender …"), or a frame that calls the thing
 * forgiveness ("a form of debt forgiveness in which…"). ("A relief program in which the lender…" denied reads well:
 * an earlier reviewer judged it right.)
 */
const DEFINING_CLAUSE_BEFORE =
  /(?:[:–—]|\b(?:is|are))\s+(?:[\w'’-]+\s+){0,6}?(?:when|where)\s+(?:[\w'’-]+\s+){0,3}$|\bform of (?:debt )?forgiveness\b/i;

/** The edit opens a relative clause of the definition ("the judgment that …"), not a speaker's statement. */
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+$/i;

/** "does not always follow" → "may follow", "is not always released" → "may be released". */
function mayInsteadOfNotAlways(replacement: string): string {
  return replacement
    .replace(/\b(?:does|do) not always\b/i, 'may')
    .replace(/\b(?:is|are) not always\b/i, 'may be');
}

/** The indexes of the sentences just before and after the claim's, in its paragraph. */
function neighboursOf(tokens: Tokens, claim: ClaimMatch): number[] {
  const i = sentenceIndex(tokens, claim.sentence.end);
  const found: number[] = [];
  if (i > 0 && !startsBlock(tokens, claim.sentence.first)) found.push(i - 1);
  if (i + 1 < tokens.sentenceCount && !startsBlock(tokens, claim.sentence.end)) found.push(i + 1);
  return found;
}

/** The claim's sentence with the sentences before and after it in its paragraph. */
function neighbourhood(tokens: Tokens, text: TextSource, claim: ClaimMatch): string {
  const i = sentenceIndex(tokens, claim.sentence.end);
  const around = neighboursOf(tokens, claim);
  const first = Math.min(i, ...around);
  const last = Math.max(i, ...around);
  return wordsText(tokens, sentenceFirst(tokens, first), tokens.sentenceEnds[last], text);
}

/** Spanish words no English sentence uses, as alternatives of a pattern. */
const SPANISH_WORDS =
  'que|los|las|deuda|casa|nada|pero|porque|debes|pagos|perdona|perdonan|hipoteca|préstamo|llaves|también|siempre|nunca';

/** Two of them, or one and a Spanish article or verb after it: a passage that mixes the languages. */
const SPANISH = new RegExp(
  String.raw`\b(?:${SPANISH_WORDS})\b[\s\S]*\b(?:${SPANISH_WORDS}|todo|toda|el|la|se|ya|es|una|del)\b`,
  'i',
);
