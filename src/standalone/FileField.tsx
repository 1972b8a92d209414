import { Caption1, Field } from '@fluentui/react-components';
import { ACCEPT, type PickedFile } from '../app/files';
import { useStyles } from '../taskpane/styles';

/**
 * One labelled file input for one administration's export (.xlsx or .csv). Fluent has no file
 * input; the native one is the most accessible, labelled through Field.
 */
export function FileField(props: {
  label: string;
  file: PickedFile | null;
  chosenText?: string;
  validationMessage?: string;
  onChange: (file: PickedFile | null) => void;
}) {
  const s = useStyles();
  return (
    <Field
      label={props.label}
      required
      validationState={props.validationMessage ? 'error' : 'none'}
      validationMessage={props.validationMessage}
    >
      {(fieldProps) => (
        <>
          <input
            {...fieldProps}
            type="file"
            accept={ACCEPT}
            className={s.fileInput}
            onChange={(e) => props.onChange(e.currentTarget.files?.[0] ?? null)}
          />
          {props.file && props.chosenText ? <Caption1>{props.chosenText}</Caption1> : null}
        </>
      )}
    </Field>
  );
}
