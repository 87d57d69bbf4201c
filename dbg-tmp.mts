import { buildAnswerer } from '/work/main/src/answer/build.ts';
const s = buildAnswerer('/work/main/knowledge');
for (const t of process.argv.slice(2)) {
const q = s.reader.read(t);
console.log(q.words.map((w: any) => `${w.stem} topics=${w.topics} names=${w.namesTopics} story=${w.story} work=${w.work} generic=${w.generic}`).join('\n'), q.topics.map((t:any)=>t.topic), q.yesNo, q.askedText);
}
