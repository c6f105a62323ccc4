/**
 * Values of a Serverless Framework service's CloudFormation resources: the Framework's variables
 * first, as the Framework replaces them before CloudFormation sees the template, then the
 * intrinsic functions of the template it writes.
 */
import { hasServerlessVariable, type ServerlessVariables } from './serverless-variables.js';
import { intrinsicName, IntrinsicResolver, type EvaluateOptions, type Evaluation } from './template-intrinsics.js';

/** Evaluates Serverless variables in text, and CloudFormation intrinsic functions, of one service. */
export class ServerlessResolver extends IntrinsicResolver {
  /**
   * `template` holds the `Parameters`, `Conditions` and `Mappings` of the service's resources,
   * `conditionsPointer` where its conditions are written; `report` receives malformed calls.
   */
  constructor(
    private readonly variables: ServerlessVariables,
    template: Readonly<Record<string, unknown>>,
    report: (pointer: string, message: string) => void,
    conditionsPointer: string,
  ) {
    super(template, report, conditionsPointer);
  }

  /** Text with a Serverless variable is an expression too. */
  override handles(value: unknown): boolean {
    return (typeof value === 'string' && hasServerlessVariable(value)) || super.handles(value);
  }

  /** Resolves the Serverless variables of text, also in the text of an `Fn::Sub`, before CloudFormation's functions. */
  override evaluate(value: unknown, pointer: string, options: EvaluateOptions = {}): Evaluation {
    if (typeof value === 'string' && hasServerlessVariable(value)) {
      const outcome = this.variables.resolve(value);
      return outcome.kind === 'value' ? { kind: 'value', value: outcome.value, pointer, used: outcome.used } : { kind: 'unresolved', reason: outcome.reason, pointer };
    }
    if (intrinsicName(value) !== 'Fn::Sub') return super.evaluate(value, pointer, options);
    // `!Sub "${self:service}-${AWS::Region}"`: the Framework's variables are replaced first, and
    // what is left (`${AWS::Region}`) is CloudFormation's.
    const arg = (value as Record<string, unknown>)['Fn::Sub'];
    const listed = Array.isArray(arg);
    const text: unknown = listed ? arg[0] : arg;
    if (typeof text !== 'string' || !hasServerlessVariable(text)) return super.evaluate(value, pointer, options);
    const outcome = this.variables.resolve(text);
    if (outcome.kind === 'unresolved') return { kind: 'unresolved', reason: outcome.reason, pointer };
    const resolved = listed ? [String(outcome.value), ...arg.slice(1)] : String(outcome.value);
    const sub = super.evaluate({ 'Fn::Sub': resolved }, pointer, options);
    return sub.kind === 'value' ? { ...sub, used: [...new Set([...outcome.used, ...sub.used])] } : sub;
  }
}
