import { property } from 'lit/decorators.js';
import { SpocElement } from './spoc-element.js';

/**
 * A form-associated spoc element (ElementInternals): inside a page's `<form>` its value submits
 * with the form, it takes part in the form's validity, and `form.reset()` resets it.
 * Subclasses call `setFormValue` / `setValidity` and implement `formResetCallback`.
 */
export class SpocFormElement extends SpocElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** Name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /** The form cannot be submitted until this control is complete. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disabled by a `disabled` attribute or a disabled `<fieldset>` around it. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The current validity state. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message the browser shows for an invalid state. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the value is valid; fires `invalid` when it is not. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and shows the problem to the user. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }
}
