import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { type EthnicCodeMapping, DEFAULT_ETHNIC_CODE_MAPPING, ETHNIC_GROUP_LABELS, ethnicGroupOf } from '../../domain/wres';
import { isEthnicGroup } from './remembered-settings';

const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
/**
 * The ethnic category mapping, letter by letter, starting from the NHS Data Dictionary's (A–C
 * White; D–H, J–N, P, R, S BME; the rest Unknown). A trust whose extract uses local codes can
 * change a letter here; the change is remembered on this device.
 */
export function EthnicMappingEditor({
  mapping,
  disabled,
  onChange,
}: {
  mapping: EthnicCodeMapping;
  disabled: boolean;
  onChange: (mapping: EthnicCodeMapping) => void;
}) {
  const changed = LETTERS.filter((letter) => ethnicGroupOf(letter, mapping) !== ethnicGroupOf(letter, DEFAULT_ETHNIC_CODE_MAPPING));
  return (
    <Accordion collapsible>
      <AccordionItem value="ethnic">
        <AccordionHeader as="h2">Ethnic categories{changed.length === 0 ? ' (NHS Data Dictionary)' : ` (changed: ${changed.join(', ')})`}</AccordionHeader>
        <AccordionPanel>
          <Text as="p">Each code is read by its first letter, so local codes such as C2 or LH follow their letter. Blank codes count as Unknown.</Text>
          <Table size="small" aria-label="Ethnic category letters and their WRES group">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Code letter</TableHeaderCell>
                <TableHeaderCell scope="col">Counted as</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {LETTERS.map((letter) => (
                <TableRow key={letter}>
                  <TableCell>{letter}</TableCell>
                  <TableCell>
                    <Select
                      aria-label={`Code letter ${letter} is counted as`}
                      disabled={disabled}
                      value={ethnicGroupOf(letter, mapping)}
                      onChange={(_, data) => (isEthnicGroup(data.value) ? onChange({ ...mapping, [letter]: data.value }) : undefined)}
                    >
                      {Object.entries(ETHNIC_GROUP_LABELS).map(([group, name]) => (
                        <option key={group} value={group}>
                          {name}
                        </option>
                      ))}
                    </Select>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button disabled={disabled || changed.length === 0} onClick={() => onChange(DEFAULT_ETHNIC_CODE_MAPPING)}>
            Reset to the NHS Data Dictionary
          </Button>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
