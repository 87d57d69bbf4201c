// How much of a message, a request or a stored record Veiviser accepts or keeps. One place, so that the
// channels, the HTTP APIs, the answerers and the feedback store agree.

/** A chat message or an /api/ask question longer than this is refused, not searched: nobody's question is this long. */
export const MESSAGE_MAX_CHARS = 4000;

/**
 * Of a question, the answerers read (and echo back in AskResult, and put into an LLM prompt) at most
 * this many characters; the "too long" reply asks people to stay under it.
 */
export const QUESTION_READ_CHARS = 1000;

/** The injection/off-topic guard inspects this much of a message (its patterns are linear; 100 kB pastes need no more). */
export const GUARD_READ_CHARS = 20_000;

/** An HTTP request body: a 100 kB message plus envelope fits; anything bigger is refused with 413. */
export const BODY_MAX_BYTES = 512 * 1024;

/** One JSON part (value, channelData, entities) of an activity posted to the local Direct Line. */
export const DIRECT_LINE_JSON_PART_MAX_BYTES = 16 * 1024;

/** A frame on the local Direct Line's WebSocket (clients only ping). */
export const DIRECT_LINE_FRAME_MAX_BYTES = 64 * 1024;

/** What a feedback record keeps of the question, the comment and the sources. */
export const FEEDBACK_QUESTION_MAX_CHARS = 500;
export const FEEDBACK_COMMENT_MAX_CHARS = 1000;
export const FEEDBACK_MAX_SOURCES = 20;
export const FEEDBACK_SOURCE_MAX_CHARS = 512;

/** A passage as given to the LLM. */
export const LLM_PASSAGE_MAX_CHARS = 2000;
/** The LLM's answer text; a longer reply is treated as unusable. */
export const LLM_ANSWER_MAX_CHARS = 4000;

/** The hand-off transcript keeps the last this many messages (user and bot), each clipped to this length. */
export const HANDOFF_TRANSCRIPT_MAX_ENTRIES = 12;
export const HANDOFF_TRANSCRIPT_ENTRY_MAX_CHARS = 500;
