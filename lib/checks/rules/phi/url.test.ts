import { ruleTester } from '@/tests/support/ruleTester';
import rule from './url';

ruleTester(rule, {
  valid: [
    // organisations, news, the practice's own site
    { text: 'Free flu clinic from @LaneCountyHealth on Oct 3!', context: 'post' },
    { text: 'Read more at https://www.cdc.gov/flu/prevent.', context: 'post' },
    { text: 'Book at riverbendfamilyhealth.com', context: 'post', profile: { website: 'riverbendfamilyhealth.com' } },
    // public pages, the practice's own pages and version numbers
    { text: 'Read more at ada.org/resources/oral-health.', context: 'post' },
    { text: 'Book online at junipervalleydental.com/book today.', context: 'post' },
    { text: 'Version 2.0.1.5 of our app is out.', context: 'post', why: 'a version number, not an IP' },
    { text: 'Thanks Maria! Our hours are at https://example-dental.com/hours.', context: 'review-reply' },
    // clinicians talking shop in public are colleagues, not patients
    { text: '@drjen_peds agreed - bedtime bottles are one of the biggest causes of cavities we see in toddlers.', context: 'comment' },
    { text: '@dr.amy.chen great thread on fluoride varnish for toddlers!', context: 'comment' },
    { text: 'Love this, @smilesbysam_rdh! Flossing before brushing helps with gum disease.', context: 'comment' },
  ],
  invalid: [
    // a personal page host with no path
    { text: 'Here’s Jake’s blog about his implant: jakesmiles.blogspot.com', context: 'comment', findings: [{ span: 'jakesmiles.blogspot.com' }] },
    {
      text: '@naledi_d yes your TB test read negative!',
      context: 'comment',
      findings: [{ span: '@naledi_d', severity: 'block' }],
    },
    {
      text: 'Here is her page: https://www.facebook.com/jane.doe.5 if you want to thank her.',
      context: 'comment',
      findings: [{ span: 'https://www.facebook.com/jane.doe.5', severity: 'warn' }],
    },
    {
      text: 'The login came from 203.0.113.45 again.',
      context: 'comment',
      findings: [{ span: '203.0.113.45' }],
    },
    // a handle that only looks like a title is still a person's
    { text: '@drew_k07 your filling looked great today!', context: 'comment', findings: [{ span: '@drew_k07' }] },
    // a handle alone is a public display name: advice only
    {
      text: 'thanks @henrik_larsen for the shoutout!',
      context: 'comment',
      findings: [{ span: '@henrik_larsen', severity: 'info' }],
    },
    // a person's own page: by its host, by the name in it, or called theirs
    {
      text: 'Alejandro, we saw your blog post at alejandroeats.com/dentist-nightmare. Your crown was adjusted twice.',
      context: 'review-reply',
      findings: [{ span: 'alejandroeats.com/dentist-nightmare', severity: 'block' }],
    },
    {
      text: 'Here’s the link to Ama’s GoFundMe for her jaw surgery: gofundme.com/f/ama-jaw-surgery',
      context: 'comment',
      findings: [{ span: 'gofundme.com/f/ama-jaw-surgery' }],
    },
    {
      text: 'Follow Kai’s recovery at caringbridge.org/visit/kaistrong after his surgery.',
      context: 'post',
      findings: [{ span: 'caringbridge.org/visit/kaistrong' }],
    },
    // a handle in the sentence of a health word (warn, or block once the care ties see the treatment as theirs)
    {
      text: 'Smile makeover for @taylor.reyes.fit: 8 porcelain veneers and a gum lift',
      context: 'post',
      findings: [{ span: '@taylor.reyes.fit' }],
    },
    { text: 'Love the new look, @sam_k_22! Those veneers are stunning.', context: 'comment', findings: [{ span: '@sam_k_22' }] },
    // a reviewer's profile on a review site
    {
      text: 'Your review at yelp.com/user_details?userid=abc123 mentions your crown.',
      context: 'review-reply',
      findings: [{ span: 'yelp.com/user_details?userid=abc123' }],
    },
  ],
});
