/* Generated from schemas/framework.schema.json by `npm run generate`. Do not edit by hand. */
/* eslint-disable */

/**
 * An engineering career framework: the skills you assess, one seniority scale, and the tracks (individual contributor, management and others) whose roles climb it.
 */
export interface RungsCareerFramework {
  /**
   * Optional link to the JSON Schema of this format, so editors outside Rungs can check the file. Rungs' JSON export writes it; Rungs itself ignores it.
   */
  $schema?: string;
  /**
   * Format version of this file. Always `1` for now; Rungs uses it to upgrade older files safely.
   */
  rungs: 1;
  /**
   * The framework's title, shown at the top of every rubric and export.
   */
  name: string;
  /**
   * The company or group this framework belongs to.
   */
  organization?: string;
  /**
   * Your own version label for this framework, printed on every rubric page so readers know which edition they hold. Quote it ("2026.1") so YAML does not read it as a number.
   */
  version?: string;
  /**
   * A short introduction shown under the title of every rubric: who the framework is for and how to use it. Supports a little Markdown: **bold**, *italic*, `code`, [links](https://example.com) and lists.
   */
  description?: string;
  /**
   * Libraries this file builds on: paths of YAML files, relative to this file, holding `dimensions`, `levels` and `proficiency` shared between job families (a library has `rungs: 1` and no `tracks`). Their entries come first, in this order, then this file's own. Paths must stay inside the project folder (the folder holding `.git`); an id defined twice, here and in a library, is an error.
   *
   * Items: A path relative to this file, such as `shared/engineering.yaml`.
   */
  include?: string[];
  /**
   * Optional: the ordered scale of how much of a dimension a role needs, lowest step first. Roles then say, per dimension, which step they need (`proficiency: { craft: practitioner }`), and the rubric draws a skills map and a radar per role. When left out, the default five steps apply: awareness, foundational, working, practitioner, expert.
   *
   * @minItems 2
   */
  proficiency?: [ProficiencyStep, ProficiencyStep, ...ProficiencyStep[]];
  /**
   * What you assess at every level, such as technical craft, delivery or influence. Each role describes what good looks like for each dimension (or for the dimensions its track lists).
   *
   * @minItems 1
   */
  dimensions?: [Dimension, ...Dimension[]];
  /**
   * The one seniority scale that every track shares, from most junior to most senior. The order of this list is the order of seniority; roles on different tracks at the same level are peers in seniority and pay.
   *
   * @minItems 1
   */
  levels?: [Level, ...Level[]];
  /**
   * The career paths in this framework, for example an individual-contributor track and a management track. Each track lists its roles from junior to senior.
   *
   * @minItems 1
   */
  tracks: [Track, ...Track[]];
  /**
   * Moves beyond the next role on the same track: promotions onto another track, switches between tracks, lateral moves at the same level, and step-downs taken to change track.
   */
  moves?: Move[];
  /**
   * How other companies' ladders line up with yours, to help candidates and recruiters compare. Such mappings are usually community-reported and approximate; say so in the note.
   */
  mappings?: Mapping[];
  /**
   * How strictly Rungs checks this framework, like an ESLint configuration: turn rules off or change their severity, and tune the wording checks. `rungs validate --rule code=level` overrides it for one run. Every rule is listed by `rungs rules` and explained in docs/rules.md.
   */
  lint?: {
    /**
     * Severity per rule: `off` (the rule does not run), `info` (advice), `warning` (fails `--strict`) or `error` (fails every check and blocks exports). Rules you leave out keep their default severity.
     */
    rules?: {
      /**
       * Each dimension, level and track id once; role ids unique across all tracks. Default: `error`. See docs/rules.md#id-duplicate.
       */
      'id/duplicate'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Every role's level is defined (suggests the nearest ids). Default: `error`. See docs/rules.md#ref-unknown-level.
       */
      'ref/unknown-level'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Expectation keys and track `dimensions` name defined dimensions. Default: `error`. See docs/rules.md#ref-unknown-dimension.
       */
      'ref/unknown-dimension'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * `equivalent` and moves' `from`/`to` name existing roles. Default: `error`. See docs/rules.md#ref-unknown-role.
       */
      'ref/unknown-role'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * A track's roles climb the level order. Default: `error`. See docs/rules.md#order-level-regression.
       */
      'order/level-regression'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * A level staffed on a management track also has an IC role. Default: `warning`. See docs/rules.md#parity-missing-ic-twin.
       */
      'parity/missing-ic-twin'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * The IC track reaches as high as management, so managing is not the only way up. Default: `warning`. See docs/rules.md#parity-ic-ceiling.
       */
      'parity/ic-ceiling'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Explicit equivalents sit on the same level. Default: `error`. See docs/rules.md#parity-equivalent-level-mismatch.
       */
      'parity/equivalent-level-mismatch'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * An equivalent is on another track. Default: `warning`. See docs/rules.md#parity-equivalent-same-track.
       */
      'parity/equivalent-same-track'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Twins on one level have expectations of comparable size. Default: `warning`. See docs/rules.md#parity-uneven-twins.
       */
      'parity/uneven-twins'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Each role sets expectations for every dimension of its track (`[]` means "does not apply"). Default: `warning`. See docs/rules.md#coverage-missing-dimension.
       */
      'coverage/missing-dimension'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * No bullet copied unchanged from the level below (one finding per role). Default: `warning`. See docs/rules.md#growth-copied-expectation.
       */
      'growth/copied-expectation'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * No bullet repeated under two dimensions of one role. Default: `warning`. See docs/rules.md#growth-duplicate-across-dimensions.
       */
      'growth/duplicate-across-dimensions'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Expectations say what people do, not what they "understand" (configurable list). Default: `info`. See docs/rules.md#wording-vague.
       */
      'wording/vague'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * No gendered, ableist or exclusionary wording (retext-equality). Default: `warning`. See docs/rules.md#wording-inclusive.
       */
      'wording/inclusive'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * No years of experience demanded inside expectations (use `years`). Default: `warning`. See docs/rules.md#wording-years-requirement.
       */
      'wording/years-requirement'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * A role's proficiency names a step of the scale (suggests the nearest). Default: `error`. See docs/rules.md#proficiency-unknown-step.
       */
      'proficiency/unknown-step'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * A role's proficiency keys are defined dimensions. Default: `error`. See docs/rules.md#proficiency-unknown-dimension.
       */
      'proficiency/unknown-dimension'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * A role never needs a lower step of a dimension than the role below it on its track. Default: `warning`. See docs/rules.md#proficiency-regression.
       */
      'proficiency/regression'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Either every role of a track has proficiency or none does. Default: `info`. See docs/rules.md#proficiency-partial.
       */
      'proficiency/partial'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Twins need about as much in total: mean steps at most one apart. Default: `warning`. See docs/rules.md#proficiency-uneven-twins.
       */
      'proficiency/uneven-twins'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Every level has a role. Default: `info`. See docs/rules.md#level-unused.
       */
      'level/unused'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * A pay band's minimum is not above its maximum. Default: `error`. See docs/rules.md#band-min-above-max.
       */
      'band/min-above-max'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Pay bands do not go down as levels go up. Default: `warning`. See docs/rules.md#band-out-of-order.
       */
      'band/out-of-order'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * Mapping keys are your level ids. Default: `error`. See docs/rules.md#mapping-unknown-level.
       */
      'mapping/unknown-level'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * A promotion goes up, a lateral move stays, a step-down goes down, a switch changes track. Default: `warning`. See docs/rules.md#move-kind-mismatch.
       */
      'move/kind-mismatch'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * A track that starts above the lowest level has a move or a twin leading into it. Default: `warning`. See docs/rules.md#move-unreachable-track.
       */
      'move/unreachable-track'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * No invisible characters that reorder how text is displayed. Default: `warning`. See docs/rules.md#text-bidi-control.
       */
      'text/bidi-control'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * No zero-width or other invisible characters pasted from documents. Default: `warning`. See docs/rules.md#text-invisible.
       */
      'text/invisible'?: 'off' | 'info' | 'warning' | 'error';
      /**
       * `off`, `info`, `warning` or `error`.
       */
      [k: string]: 'off' | 'info' | 'warning' | 'error' | undefined;
    };
    /**
     * More vague verbs and phrases for `wording/vague` to flag in expectations, on top of the built-in list ("understands", "has good knowledge of", …). Write a phrase, or `{ phrase, suggestion }` to say what authors should write instead.
     */
    'vague-words'?: (
      | string
      | {
          /**
           * The vague verb or phrase, matched as whole words, in any case.
           */
          phrase: string;
          /**
           * What to write instead, shown with the finding.
           */
          suggestion?: string;
        }
    )[];
    /**
     * Words and phrases the wording checks (`wording/vague`, `wording/inclusive`) accept in this framework, for example a built-in vague phrase your organisation defines precisely, or a term of art. Matched in any case.
     */
    'allow-words'?: string[];
  };
  /**
   * Organisation-specific data. Rungs keeps any key that starts with `x-` and ignores it, so you can store your own fields (owners, links, review dates) next to ours.
   *
   * This interface was referenced by `RungsCareerFramework`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | 1
    | string[]
    | [ProficiencyStep, ProficiencyStep, ...ProficiencyStep[]]
    | [Dimension, ...Dimension[]]
    | [Level, ...Level[]]
    | [Track, ...Track[]]
    | Move[]
    | Mapping[]
    | {
        /**
         * Severity per rule: `off` (the rule does not run), `info` (advice), `warning` (fails `--strict`) or `error` (fails every check and blocks exports). Rules you leave out keep their default severity.
         */
        rules?: {
          /**
           * Each dimension, level and track id once; role ids unique across all tracks. Default: `error`. See docs/rules.md#id-duplicate.
           */
          'id/duplicate'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Every role's level is defined (suggests the nearest ids). Default: `error`. See docs/rules.md#ref-unknown-level.
           */
          'ref/unknown-level'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Expectation keys and track `dimensions` name defined dimensions. Default: `error`. See docs/rules.md#ref-unknown-dimension.
           */
          'ref/unknown-dimension'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * `equivalent` and moves' `from`/`to` name existing roles. Default: `error`. See docs/rules.md#ref-unknown-role.
           */
          'ref/unknown-role'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * A track's roles climb the level order. Default: `error`. See docs/rules.md#order-level-regression.
           */
          'order/level-regression'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * A level staffed on a management track also has an IC role. Default: `warning`. See docs/rules.md#parity-missing-ic-twin.
           */
          'parity/missing-ic-twin'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * The IC track reaches as high as management, so managing is not the only way up. Default: `warning`. See docs/rules.md#parity-ic-ceiling.
           */
          'parity/ic-ceiling'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Explicit equivalents sit on the same level. Default: `error`. See docs/rules.md#parity-equivalent-level-mismatch.
           */
          'parity/equivalent-level-mismatch'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * An equivalent is on another track. Default: `warning`. See docs/rules.md#parity-equivalent-same-track.
           */
          'parity/equivalent-same-track'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Twins on one level have expectations of comparable size. Default: `warning`. See docs/rules.md#parity-uneven-twins.
           */
          'parity/uneven-twins'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Each role sets expectations for every dimension of its track (`[]` means "does not apply"). Default: `warning`. See docs/rules.md#coverage-missing-dimension.
           */
          'coverage/missing-dimension'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * No bullet copied unchanged from the level below (one finding per role). Default: `warning`. See docs/rules.md#growth-copied-expectation.
           */
          'growth/copied-expectation'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * No bullet repeated under two dimensions of one role. Default: `warning`. See docs/rules.md#growth-duplicate-across-dimensions.
           */
          'growth/duplicate-across-dimensions'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Expectations say what people do, not what they "understand" (configurable list). Default: `info`. See docs/rules.md#wording-vague.
           */
          'wording/vague'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * No gendered, ableist or exclusionary wording (retext-equality). Default: `warning`. See docs/rules.md#wording-inclusive.
           */
          'wording/inclusive'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * No years of experience demanded inside expectations (use `years`). Default: `warning`. See docs/rules.md#wording-years-requirement.
           */
          'wording/years-requirement'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * A role's proficiency names a step of the scale (suggests the nearest). Default: `error`. See docs/rules.md#proficiency-unknown-step.
           */
          'proficiency/unknown-step'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * A role's proficiency keys are defined dimensions. Default: `error`. See docs/rules.md#proficiency-unknown-dimension.
           */
          'proficiency/unknown-dimension'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * A role never needs a lower step of a dimension than the role below it on its track. Default: `warning`. See docs/rules.md#proficiency-regression.
           */
          'proficiency/regression'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Either every role of a track has proficiency or none does. Default: `info`. See docs/rules.md#proficiency-partial.
           */
          'proficiency/partial'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Twins need about as much in total: mean steps at most one apart. Default: `warning`. See docs/rules.md#proficiency-uneven-twins.
           */
          'proficiency/uneven-twins'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Every level has a role. Default: `info`. See docs/rules.md#level-unused.
           */
          'level/unused'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * A pay band's minimum is not above its maximum. Default: `error`. See docs/rules.md#band-min-above-max.
           */
          'band/min-above-max'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Pay bands do not go down as levels go up. Default: `warning`. See docs/rules.md#band-out-of-order.
           */
          'band/out-of-order'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * Mapping keys are your level ids. Default: `error`. See docs/rules.md#mapping-unknown-level.
           */
          'mapping/unknown-level'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * A promotion goes up, a lateral move stays, a step-down goes down, a switch changes track. Default: `warning`. See docs/rules.md#move-kind-mismatch.
           */
          'move/kind-mismatch'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * A track that starts above the lowest level has a move or a twin leading into it. Default: `warning`. See docs/rules.md#move-unreachable-track.
           */
          'move/unreachable-track'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * No invisible characters that reorder how text is displayed. Default: `warning`. See docs/rules.md#text-bidi-control.
           */
          'text/bidi-control'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * No zero-width or other invisible characters pasted from documents. Default: `warning`. See docs/rules.md#text-invisible.
           */
          'text/invisible'?: 'off' | 'info' | 'warning' | 'error';
          /**
           * `off`, `info`, `warning` or `error`.
           */
          [k: string]: 'off' | 'info' | 'warning' | 'error' | undefined;
        };
        /**
         * More vague verbs and phrases for `wording/vague` to flag in expectations, on top of the built-in list ("understands", "has good knowledge of", …). Write a phrase, or `{ phrase, suggestion }` to say what authors should write instead.
         */
        'vague-words'?: (
          | string
          | {
              /**
               * The vague verb or phrase, matched as whole words, in any case.
               */
              phrase: string;
              /**
               * What to write instead, shown with the finding.
               */
              suggestion?: string;
            }
        )[];
        /**
         * Words and phrases the wording checks (`wording/vague`, `wording/inclusive`) accept in this framework, for example a built-in vague phrase your organisation defines precisely, or a term of art. Matched in any case.
         */
        'allow-words'?: string[];
      }
    | undefined;
}
/**
 * One step of the proficiency scale. Steps are ordered: the first is the least, the last the most.
 *
 * This interface was referenced by `RungsCareerFramework`'s JSON-Schema
 * via the `definition` "proficiencyStep".
 */
export interface ProficiencyStep {
  /**
   * The id roles use in their `proficiency`, such as `working`.
   */
  id: string;
  /**
   * The step's name as readers see it on radars and rubrics.
   */
  name: string;
  /**
   * What someone at this step can do, shown when hovering the step in the editor and in the rubric's legend.
   */
  description?: string;
  /**
   * Organisation-specific data. Rungs keeps any key that starts with `x-` and ignores it, so you can store your own fields (owners, links, review dates) next to ours.
   *
   * This interface was referenced by `ProficiencyStep`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | undefined;
}
/**
 * A skill or area of impact that every role is assessed on (or every role on the tracks that list it).
 *
 * This interface was referenced by `RungsCareerFramework`'s JSON-Schema
 * via the `definition` "dimension".
 */
export interface Dimension {
  /**
   * Short, stable identifier for this dimension, used as a key in each role's `expectations`. Letters, digits, dots, dashes and underscores.
   */
  id: string;
  /**
   * The dimension's name as readers see it in rubrics.
   */
  name: string;
  /**
   * `hard` for technical skills (programming, system design, debugging); `soft` for people and organisational skills (communication, influence, strategy). Rubrics mark the two differently.
   */
  kind: 'hard' | 'soft';
  /**
   * What this dimension covers, in a sentence or two. Supports a little Markdown: **bold**, *italic*, `code`, [links](https://example.com) and lists.
   */
  description?: string;
  /**
   * Organisation-specific data. Rungs keeps any key that starts with `x-` and ignores it, so you can store your own fields (owners, links, review dates) next to ours.
   *
   * This interface was referenced by `Dimension`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | 'hard'
    | 'soft'
    | undefined;
}
/**
 * One step on the shared seniority scale.
 *
 * This interface was referenced by `RungsCareerFramework`'s JSON-Schema
 * via the `definition` "level".
 */
export interface Level {
  /**
   * Identifier of this level, used by each role's `level`. Often your internal level code.
   */
  id: string;
  /**
   * Optional display name for the level, shown beside its id in rubrics.
   */
  name?: string;
  /**
   * Optional note about this level as a whole. Supports a little Markdown: **bold**, *italic*, `code`, [links](https://example.com) and lists.
   */
  description?: string;
  band?: Band;
  /**
   * Organisation-specific data. Rungs keeps any key that starts with `x-` and ignores it, so you can store your own fields (owners, links, review dates) next to ours.
   *
   * This interface was referenced by `Level`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | Band
    | undefined;
}
/**
 * Optional pay band for this level. Pay parity lives on the level: every role at this level, on any track, shares the band.
 *
 * This interface was referenced by `RungsCareerFramework`'s JSON-Schema
 * via the `definition` "band".
 */
export interface Band {
  /**
   * Bottom of the pay band, in the band's currency.
   */
  min: number;
  /**
   * Top of the pay band, in the band's currency. Must not be below `min`.
   */
  max: number;
  /**
   * Three-letter currency code, such as USD, EUR or GBP.
   */
  currency?: string;
  /**
   * Organisation-specific data. Rungs keeps any key that starts with `x-` and ignores it, so you can store your own fields (owners, links, review dates) next to ours.
   *
   * This interface was referenced by `Band`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | number
    | string
    | undefined;
}
/**
 * A career path: a sequence of roles that climbs the level scale.
 *
 * This interface was referenced by `RungsCareerFramework`'s JSON-Schema
 * via the `definition` "track".
 */
export interface Track {
  /**
   * Short identifier of this track, used to pick tracks when exporting.
   */
  id: string;
  /**
   * The track's name as readers see it.
   */
  name: string;
  /**
   * `ic` for individual contributors, who grow through technical depth and reach; `management` for people who grow through the people they lead; `other` for anything else (product, SRE, design). Parity checks compare `ic` and `management` tracks.
   */
  kind: 'ic' | 'management' | 'other';
  /**
   * Who this track is for and how it differs from the others. Supports a little Markdown: **bold**, *italic*, `code`, [links](https://example.com) and lists.
   */
  description?: string;
  /**
   * Optional: the dimensions that apply to this track. Leave it out when every dimension applies. Write an id, or `{ id, from: <level> }` for a dimension that starts at a later level (leadership from L5, say): roles below that level are not expected to cover it. Rungs warns when a role skips a dimension that applies; a role can also write `dimension: []` to say it does not apply to that role.
   */
  dimensions?: (
    | string
    | {
        /**
         * The dimension id.
         */
        id: string;
        /**
         * The level from which this dimension applies on this track; roles below it are not expected to cover it.
         */
        from: string;
      }
  )[];
  /**
   * The roles on this track, from most junior to most senior. Rungs reports an error when a role sits below one listed before it.
   *
   * @minItems 1
   */
  roles: [Role, ...Role[]];
  /**
   * Organisation-specific data. Rungs keeps any key that starts with `x-` and ignores it, so you can store your own fields (owners, links, review dates) next to ours.
   *
   * This interface was referenced by `Track`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | 'ic'
    | 'management'
    | 'other'
    | (
        | string
        | {
            /**
             * The dimension id.
             */
            id: string;
            /**
             * The level from which this dimension applies on this track; roles below it are not expected to cover it.
             */
            from: string;
          }
      )[]
    | [Role, ...Role[]]
    | undefined;
}
/**
 * A job on a track, at one level, with what is expected of the person in it.
 *
 * This interface was referenced by `RungsCareerFramework`'s JSON-Schema
 * via the `definition` "role".
 */
export interface Role {
  /**
   * Identifier of this role, unique across the whole framework. Used by `equivalent` and `moves`, and as the anchor in HTML rubrics (`#role-<id>`).
   */
  id: string;
  /**
   * The job title as people use it.
   */
  title: string;
  /**
   * The id of the level this role sits on. Roles at the same level on different tracks are peers in seniority and pay.
   */
  level: string;
  /**
   * One or two sentences on what this role is about and how it differs from the level below. Supports a little Markdown: **bold**, *italic*, `code`, [links](https://example.com) and lists.
   */
  summary?: string;
  /**
   * The reach of this role's work: a task, a feature, a team's system, several teams, the organisation.
   */
  scope?: string;
  /**
   * Typical time people spend in this role (before the next step, where there is one), as a range ("2-4") or a floor ("5+"). A guide, not a rule.
   */
  years?: string | number;
  /**
   * Optional: the id of this role's twin on another track, equal in seniority and pay. Twins must sit on the same level. Without it, roles that share a level are treated as twins.
   */
  equivalent?: string;
  /**
   * Optional: ids this role had in earlier versions of the framework. `rungs diff` then reports a rename instead of one role removed and another added, and a published changelog follows the role.
   */
  'previous-ids'?: string[];
  /**
   * Optional: how much of each dimension this role needs, as dimension id → step id of the framework's `proficiency` scale (or of the default five steps: awareness, foundational, working, practitioner, expert). Draws the role on the skills map and its radar; roles higher on a track should not need less.
   */
  proficiency?: {
    /**
     * A step id of the proficiency scale, such as `working` or `practitioner`.
     */
    [k: string]: string;
  };
  /**
   * Optional: pins this role's place on the skills map instead of computing it from its proficiency, as fractions of the picture: x from 0 (left, fewer soft skills) to 1 (right), y from 0 (bottom, fewer hard skills) to 1 (top).
   */
  map?: {
    /**
     * Soft skills, from 0 (left) to 1 (right).
     */
    x: number;
    /**
     * Hard skills, from 0 (bottom) to 1 (top).
     */
    y: number;
  };
  /**
   * What is expected in this role, as bullet points grouped by dimension id. Write observable behaviour ("writes the design doc") rather than vague traits ("understands"), and make each level visibly grow from the one below. An empty list (`leadership: []`) says the dimension does not apply to this role.
   */
  expectations?: {
    /**
     * Bullet points for this dimension. Supports a little Markdown: **bold**, *italic*, `code`, [links](https://example.com) and lists.
     */
    [k: string]: string[];
  };
  /**
   * Organisation-specific data. Rungs keeps any key that starts with `x-` and ignores it, so you can store your own fields (owners, links, review dates) next to ours.
   *
   * This interface was referenced by `Role`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | number
    | string[]
    | {
        /**
         * A step id of the proficiency scale, such as `working` or `practitioner`.
         */
        [k: string]: string;
      }
    | {
        /**
         * Soft skills, from 0 (left) to 1 (right).
         */
        x: number;
        /**
         * Hard skills, from 0 (bottom) to 1 (top).
         */
        y: number;
      }
    | {
        /**
         * Bullet points for this dimension. Supports a little Markdown: **bold**, *italic*, `code`, [links](https://example.com) and lists.
         */
        [k: string]: string[];
      }
    | undefined;
}
/**
 * A move between two roles beyond the next role on the same track: a promotion onto another track, a switch between tracks, a lateral move at the same level, or a step-down taken to change track.
 *
 * This interface was referenced by `RungsCareerFramework`'s JSON-Schema
 * via the `definition` "move".
 */
export interface Move {
  /**
   * The id of the role the person moves from.
   */
  from: string;
  /**
   * The id of the role the person moves to.
   */
  to: string;
  /**
   * `promotion`: to a higher level; `lateral`: same level, another role or discipline (e.g. engineer to product manager); `switch`: between the individual-contributor and management tracks, usually to the twin on the same level; `step-down`: one or more levels lower (often one or two), usually to change track.
   */
  kind: 'promotion' | 'lateral' | 'switch' | 'step-down';
  /**
   * Optional advice about this move, shown in the career map. Supports a little Markdown: **bold**, *italic*, `code`, [links](https://example.com) and lists.
   */
  note?: string;
  /**
   * Organisation-specific data. Rungs keeps any key that starts with `x-` and ignores it, so you can store your own fields (owners, links, review dates) next to ours.
   *
   * This interface was referenced by `Move`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | 'promotion'
    | 'lateral'
    | 'switch'
    | 'step-down'
    | undefined;
}
/**
 * How one other company's levels line up with yours.
 *
 * This interface was referenced by `RungsCareerFramework`'s JSON-Schema
 * via the `definition` "mapping".
 */
export interface Mapping {
  /**
   * The other company's name.
   */
  company: string;
  /**
   * Keys are your level ids; values are the other company's level, such as `L5` or `63`.
   */
  levels: {
    [k: string]: string | number;
  };
  /**
   * Where the mapping comes from and how approximate it is. Supports a little Markdown: **bold**, *italic*, `code`, [links](https://example.com) and lists.
   */
  note?: string;
  /**
   * Organisation-specific data. Rungs keeps any key that starts with `x-` and ignores it, so you can store your own fields (owners, links, review dates) next to ours.
   *
   * This interface was referenced by `Mapping`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | {
        [k: string]: string | number;
      }
    | undefined;
}
