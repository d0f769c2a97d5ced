import { ALPHA, fakeString } from '../fake.ts';
import { L, R, randomValue, rule } from './helpers.ts';

const W = '[A-Za-z0-9_-]';
const T3 = 'T3Blbk' + 'FJ'; // base64 of "OpenAI", embedded in OpenAI keys
const f = (a: string, n: number, s: string) => fakeString(a, n, s);
const oa = (kind: string, s: string) =>
  `sk-${kind}-${f(ALPHA.b64url, 74, s)}${T3}${f(ALPHA.b64url, 74, s + 'x')}`;
const ant = (kind: string, s: string) => `sk-ant-${kind}-${f(ALPHA.b64url, 93, s)}AA`;

export const aiRules = [
  rule({
    id: 'openai-api-key',
    family: 'openai',
    title: 'OpenAI API key',
    description:
      'Bills API usage to the organisation and reads its files, assistants, fine-tunes and batches; admin keys manage the organisation.',
    keywords: ['sk-'],
    pattern: new RegExp(
      `${L}(sk-(?:(?:proj|svcacct|admin|None)-${W}{20,250}${T3}${W}{20,250}|[A-Za-z0-9]{20}${T3}[A-Za-z0-9]{20}))${R}`,
    ),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `OPENAI_API_KEY=${oa('proj', 'p1')}`,
        `Incorrect API key provided: ${oa('svcacct', 'p2')}.`,
        `sk-${f(ALPHA.b62, 20, 'p3')}${T3}${f(ALPHA.b62, 20, 'p4')}`,
        `"key":"${oa('admin', 'p5')}"`,
      ],
      good: ['OPENAI_API_KEY=sk-...REDACTED', 'sk-proj-****************************************'],
    },
  }),
  rule({
    id: 'openai-project-key-unmarked',
    family: 'openai',
    title: 'OpenAI project or service-account key (no T3BlbkFJ marker)',
    description: 'A newer OpenAI key shape: bills usage to the project that issued it.',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    pattern: new RegExp(`${L}(sk-(?:proj|svcacct|admin)-${W}{80,250})${R}`),
    validate: randomValue(4.0),
    confidence: 'medium',
    priority: 70,
    examples: {
      bad: [`OPENAI_API_KEY=sk-proj-${f(ALPHA.b64url, 120, 'u1')}`],
      good: ['sk-proj-abc', `sk-proj-${'ab'.repeat(50)}`],
    },
  }),
  rule({
    id: 'anthropic-api-key',
    family: 'anthropic',
    title: 'Anthropic API key',
    description:
      'Bills Claude API usage to the workspace; admin keys manage the organisation, its members and keys.',
    keywords: ['sk-ant-api', 'sk-ant-admin'],
    pattern: new RegExp(`${L}(sk-ant-(?:api\\d\\d|admin\\d\\d)-${W}{80,120}AA)${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `ANTHROPIC_API_KEY=${ant('api03', 'a1')}`,
        `x-api-key: ${ant('admin01', 'a2')}`,
        `invalid x-api-key ${ant('api03', 'a3')}`,
      ],
      good: ['ANTHROPIC_API_KEY=sk-ant-api03-...', `sk-ant-api03-${f(ALPHA.b62, 40, 'a4')}`],
    },
  }),
  rule({
    id: 'anthropic-oauth-token',
    family: 'anthropic',
    title: 'Anthropic OAuth access or refresh token (Claude Code)',
    description:
      "Acts as the user's Claude subscription (sk-ant-oat01 access, sk-ant-ort01 refresh).",
    keywords: ['sk-ant-oat', 'sk-ant-ort'],
    pattern: new RegExp(`${L}(sk-ant-o[ar]t\\d\\d-${W}{80,120}AA)${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `CLAUDE_CODE_OAUTH_TOKEN=${ant('oat01', 'o1')}`,
        `"refreshToken":"${ant('ort01', 'o2')}"`,
      ],
      good: ['sk-ant-oat01-<token>'],
    },
  }),
  rule({
    id: 'huggingface-token',
    family: 'huggingface',
    title: 'Hugging Face access token',
    description:
      'Reads (and with write scope pushes to) private models, datasets and Spaces of the user or organisation.',
    keywords: ['hf_', 'api_org_'],
    pattern: new RegExp(`${L}((?:hf_|api_org_)[A-Za-z]{34})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [`HF_TOKEN=hf_${f(ALPHA.alpha, 34, 'h1')}`, `api_org_${f(ALPHA.alpha, 34, 'h2')}`],
      good: ['hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `hf_${f(ALPHA.alpha, 20, 'h3')}`],
    },
  }),
  rule({
    id: 'groq-api-key',
    family: 'groq',
    title: 'Groq API key',
    description: 'Bills inference usage to the Groq organisation.',
    keywords: ['gsk_'],
    pattern: new RegExp(`${L}(gsk_[A-Za-z0-9]{52})${R}`),
    confidence: 'high',
    priority: 70,
    examples: { bad: [`GROQ_API_KEY=gsk_${f(ALPHA.b62, 52, 'q1')}`], good: ['gsk_your_key'] },
  }),
  rule({
    id: 'replicate-api-token',
    family: 'replicate',
    title: 'Replicate API token',
    description: 'Runs models and reads predictions billed to the Replicate account.',
    keywords: ['r8_'],
    pattern: new RegExp(`${L}(r8_[A-Za-z0-9]{37})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 70,
    examples: { bad: [`REPLICATE_API_TOKEN=r8_${f(ALPHA.b62, 37, 'r1')}`], good: ['r8_abc'] },
  }),
  rule({
    id: 'perplexity-api-key',
    family: 'perplexity',
    title: 'Perplexity API key',
    description: 'Bills Sonar API usage to the account.',
    keywords: ['plx-'],
    pattern: new RegExp(`${L}(pplx-[A-Za-z0-9]{48})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 70,
    examples: { bad: [`PERPLEXITY_API_KEY=pplx-${f(ALPHA.b62, 48, 'x1')}`], good: ['pplx-key'] },
  }),
  rule({
    id: 'xai-api-key',
    family: 'xai',
    title: 'xAI API key',
    description: 'Bills Grok API usage to the xAI team.',
    keywords: ['xai-'],
    pattern: new RegExp(`${L}(xai-[A-Za-z0-9]{80})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 70,
    examples: { bad: [`XAI_API_KEY=xai-${f(ALPHA.b62, 80, 'xa')}`], good: ['xai-grok'] },
  }),
  rule({
    id: 'openrouter-api-key',
    family: 'openrouter',
    title: 'OpenRouter API key',
    description: 'Spends the OpenRouter credit balance on any routed model.',
    keywords: ['sk-or-'],
    pattern: new RegExp(`${L}(sk-or-v1-[a-f0-9]{64})${R}`),
    confidence: 'high',
    priority: 85,
    examples: {
      bad: [`OPENROUTER_API_KEY=sk-or-v1-${f(ALPHA.hex, 64, 'or')}`],
      good: ['sk-or-v1-'],
    },
  }),
  rule({
    id: 'langsmith-api-key',
    family: 'langsmith',
    title: 'LangSmith API key',
    description: 'Reads traces (prompts, tool inputs and outputs) and writes to the LangSmith org.',
    keywords: ['lsv2_'],
    pattern: new RegExp(`${L}(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})${R}`),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [`LANGSMITH_API_KEY=lsv2_pt_${f(ALPHA.hex, 32, 'l1')}_${f(ALPHA.hex, 10, 'l2')}`],
      good: ['lsv2_pt_...'],
    },
  }),
  rule({
    id: 'pinecone-api-key',
    family: 'pinecone',
    title: 'Pinecone API key',
    description: 'Reads, writes and deletes vectors in every index of the Pinecone project.',
    keywords: ['pcsk_'],
    pattern: new RegExp(`${L}(pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,70})${R}`),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [`PINECONE_API_KEY=pcsk_${f(ALPHA.b62, 6, 'pc')}_${f(ALPHA.b62, 63, 'pd')}`],
      good: ['pcsk_abc'],
    },
  }),
  rule({
    id: 'tavily-api-key',
    family: 'tavily',
    title: 'Tavily API key',
    description: 'Spends the Tavily search credits of the account (a common MCP search server).',
    keywords: ['tvly-'],
    pattern: new RegExp(`${L}(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 70,
    examples: { bad: [`TAVILY_API_KEY=tvly-dev-${f(ALPHA.b62, 32, 'tv')}`], good: ['tvly-xxxx'] },
  }),
];
