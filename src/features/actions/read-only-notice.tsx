import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** Said instead of showing a form to someone who may only read the plan. */
export function ReadOnlyNotice() {
  return (
    <MessageBar intent="info">
      <MessageBarBody>You can read the plan but not change it. Ask the plan’s owner if you need to edit actions.</MessageBarBody>
    </MessageBar>
  );
}
