import * as templates from './index';

// The API and the dashboard import only from '@carequeue/templates': keep the entry point complete.
describe('public API', () => {
  it.each([
    'graphemeLength',
    'graphemes',
    'PLACEHOLDERS',
    'PLACEHOLDER_NAMES',
    'EXAMPLE_CONTEXT',
    'isPlaceholderName',
    'placeholderToken',
    'formatTemplateDate',
    'suggestPlaceholder',
    'parseTemplate',
    'validateTemplate',
    'renderTemplate',
    'CHANNELS',
    'DEFAULT_CHANNEL_LIMITS',
    'checkLength',
    'effectiveLimit',
    'resolveChannelLimits',
    'validateChannelLimits',
    'signReply',
    'signatureLine',
    'STAFF_ROLE_TITLES',
    'composeReply',
    'smsNotificationText',
    'shortenPracticeName',
  ])('exports %s', (name) => {
    expect(templates).toHaveProperty(name);
  });
});
