// The demo sites run the real editors: text typed with real key events ends up in Lexical's
// editor state, Draft's ContentState and React's state; sending posts exactly that and
// clears the box (or closes it: Facebook's composer dialog), as on the real sites. Runs with the extension loaded, so it also shows the
// extension does not get in the way of typing.
import { editorText, openBox, postedOn, sendBox, SITES, typeIntoBox, useExtensionSession } from './harness';

const session = useExtensionSession();

for (const site of SITES) {
  describe(`${site.label} demo`, () => {
    for (const box of site.boxes) {
      test(`${box.id} (${box.editor}) holds what was typed and posts it by button`, async () => {
        const { page } = await openBox(session.context, site, box);
        await typeIntoBox(page, box, 'Thanks for the kind words!\nSee you soon.');

        expect(await editorText(page, box.id)).toBe('Thanks for the kind words!\nSee you soon.');
        await sendBox(page, box, 'button');

        const posted = await postedOn(page);
        expect(posted.map(({ box, text, via }) => ({ box, text, via }))).toEqual([
          { box: box.id, text: 'Thanks for the kind words!\nSee you soon.', via: 'button' },
        ]);
        expect(await editorText(page, box.id)).toBe(box.closesOnSend ? null : '');
        await page.close();
      });

      if (box.sendKeys) {
        test(`${box.id} sends with ${box.sendKeys}`, async () => {
          const { page } = await openBox(session.context, site, box);
          await typeIntoBox(page, box, 'Open Saturday 9 to 1.');
          await sendBox(page, box, 'keys');

          const posted = await postedOn(page);
          expect(posted).toHaveLength(1);
          expect(posted[0]).toMatchObject({ box: box.id, text: 'Open Saturday 9 to 1.', via: box.sendKeys === 'Enter' ? 'enter' : 'shortcut' });
          expect(await editorText(page, box.id)).toBe(box.closesOnSend ? null : '');
          await page.close();
        });
      }
    }
  });
}

describe('the editors behave like the real ones', () => {
  for (const [siteName, boxId] of [
    ['facebook', 'comment-p1'],
    ['x', 'compose'],
  ] as const) {
    test(`${siteName} ${boxId}: Ctrl+Z undoes through the editor's own history`, async () => {
      const site = SITES.find((s) => s.name === siteName)!;
      const box = site.boxes.find((b) => b.id === boxId)!;
      const { page } = await openBox(session.context, site, box);
      await typeIntoBox(page, box, 'Hello');
      // Lexical starts a new undo step after a pause, Draft.js after a change of kind
      // (typing → new paragraph); this gives both a step boundary before "world".
      await page.waitForTimeout(1200);
      await typeIntoBox(page, box, '\nworld');
      expect(await editorText(page, box.id)).toBe('Hello\nworld');

      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(page, box.id)).toMatch(/^Hello\n?$/);
      await page.close();
    });
  }

  test("Yelp's textarea posts React's state, not a value set behind React's back", async () => {
    const site = SITES.find((s) => s.name === 'yelp')!;
    const box = site.boxes[0]!;
    const { page, editable } = await openBox(session.context, site, box);
    await typeIntoBox(page, box, 'Typed by a person');
    await editable.evaluate((el) => {
      (el as HTMLTextAreaElement).value = 'Set on .value only';
    });

    expect(await editorText(page, box.id)).toBe('Typed by a person');
    await sendBox(page, box);
    expect((await postedOn(page)).map((p) => p.text)).toEqual(['Typed by a person']);
    await page.close();
  });
});
