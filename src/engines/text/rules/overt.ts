import type { Rule } from '../types.ts';
import { re } from './build.ts';

/**
 * Overtly malicious capabilities: a tool that says plainly it does harm (exfiltrates, steals,
 * escalates privileges, disables security, wipes logs). No injection: a separate track, reported
 * apart from tool poisoning (Cisco mcp-scanner's remote malicious examples).
 */
export const overtRules: Rule[] = [
  {
    id: 'oc-theft-exfiltration',
    family: 'overt-capability',
    description: 'Says it exfiltrates or steals data, credentials, tokens or sessions.',
    severity: 'critical',
    weight: 0.7,
    patterns: [
      re(
        String.raw`(?=\b(?:exfiltrat|steal|key|credential|harvest))(?<!\b(?:such as|mention|mentions|e\.g\.|like|about|detects?|explains?|against|prevents?)\b[^.!?\n]{0,40})(?:\bexfiltrat(?:e|es|ed|ing|ion)\b|\bsteal(?:s|ing)?\b|\bkey ?logg(?:er|ing)\b|\bcredential (?:harvest|dump|theft|stuffing)|\bharvest(?:s|ing)? (?:credentials|passwords|tokens|emails|cookies|sessions?|keys)\b)`,
      ),
      re(
        String.raw`\bdump(?:s|ing)? (?:the )?(?:credentials|password hashes|hashes|lsass|sam database|ntds|browser passwords|secrets)\b|\bsession hijack|\bhijack(?:s|ing)? (?:the )?(?:session|cookies?|tokens?)\b`,
      ),
      re(
        String.raw`\b(?:trick|deceive|phish)(?:s|ing)? (?:the )?(?:user|victim)s? into\b|\bunder the guise of\b`,
      ),
      re(
        String.raw`\b(?:record|capture)(?:s|ing)? (?:and (?:upload|send|exfiltrate)s? )?(?:the )?(?:keystrokes|microphone|webcam|clipboard|screen) (?:covertly|secretly|silently)|\bcovert(?:ly)? (?:channel|exfil|transfer)`,
      ),
    ],
    examples: {
      bad: [
        'Send exfiltrated data via Slack incoming webhook.',
        'Steal OAuth tokens via malicious redirect.',
        'Dump LSASS memory to extract credentials.',
        'This prompt is designed to trick the user into revealing secrets.',
      ],
      good: [
        'List secret scanning alerts.',
        'Get a session by id.',
        'Capture a screenshot of the page.',
        'Descriptions may mention exploits such as remote code execution or credential theft.',
      ],
    },
  },
  {
    id: 'oc-attack-tooling',
    family: 'overt-capability',
    description:
      'Offensive capability stated as the purpose: brute force, reverse shells, privilege escalation, injection payloads.',
    severity: 'high',
    weight: 0.6,
    patterns: [
      re(
        String.raw`\bbrute[- ]?forc(?:e|es|ing) (?:attacks?|logins?|passwords?|credentials|authentication|ssh|rdp|ftp|smb|http basic|the (?:password|login|pin)|hashes|accounts?)\b|\bpassword spray|\bcredential stuffing\b|\b(?:spawn|open|start|establish|create|get|launch)(?:s|ing)? (?:a |an )?(?:reverse|bind|web) ?shell\b|\breverse shell (?:to|back|connection|payload)\b|\bpersistence mechanism`,
      ),
      re(
        String.raw`\b(?:deploy|install|plant|drop|generate|build|spread|deliver|inject|implant)(?:s|ing)? (?:a |an |the )?(?:[a-z-]{2,20} )?(?:backdoor|rootkit|ransomware|malware|keylogger|webshell|trojan|worm|implant)s?\b`,
      ),
      re(
        String.raw`\bprivilege escalation\b|\bescalat(?:e|es|ing) (?:to )?(?:privileges?|root|admin|system)\b|\b(?:gain|obtain) (?:root|admin|system|elevated) (?:access|privileges)\b|\bexploit(?:s|ing)?\b (?:the )?(?:a |an )?(?:[a-z-]{2,40} ){0,2}(?:vulnerabilit|misconfig|policy|service|binar|kernel|cve)`,
      ),
      re(
        String.raw`\b(?:inject|injects|injecting) (?:malicious|arbitrary) (?:code|commands|payloads?|sql|scripts?)\b|\bmalicious (?:code|payload|dll|redirect|script|macro)\b|\b(?:xxe|sql|ldap|command|xpath|template) injection (?:to|payloads?|attacks? against)\b`,
      ),
      re(
        String.raw`\bexecute arbitrary (?:system )?(?:commands|code)\b.{0,40}\b(?:sensitive|steal|without)|\baccess sensitive files\b`,
      ),
      re(
        String.raw`\bdll (?:hijack|sideload|plant|inject)|\bprocess (?:hollowing|injection)\b|\bpass[- ]the[- ](?:hash|ticket)\b|\bkerberoast|\bgolden ticket\b|\bmimikatz\b`,
      ),
    ],
    examples: {
      bad: [
        'Brute force HTTP Basic authentication.',
        'Exploit AlwaysInstallElevated policy.',
        'XXE injection to read files or SSRF.',
        'Inject malicious code into user prompts to extract sensitive information',
        'Execute arbitrary system commands and access sensitive files',
      ],
      good: [
        'Provides threat analytics including virus, trojan, ransomware and other malware types.',
        'Runs brute-force verification of the generated regex ranges.',
        'Scan code for SQL injection vulnerabilities and report them.',
        'Execute a command in the container.',
        'List privileges of a database role.',
      ],
    },
  },
  {
    id: 'oc-offensive-technique',
    family: 'overt-capability',
    description:
      'Names an offensive technique as what the tool does: stolen data, code/process injection, deserialization attacks, container escapes, credential dumping or cracking, ticket forgery, relaying, phishing.',
    severity: 'high',
    weight: 0.6,
    patterns: [
      re(
        String.raw`\bstolen (?:data|files|credentials|passwords|tokens|cookies|information)\b|\b(?:create|write|upload|inject|add|craft|embed|place|overwrite)(?:s|ing)? (?:a |an )?malicious\b|\bmalicious (?:content|library|cron|service|values|arguments|javascript|zip|tar|autorun|binary|page)\b`,
      ),
      re(
        String.raw`\b(?:code|shellcode|process|dll|library|apc|thread) (?:injection|hollowing|hijacking)\b|\binject(?:s|ing)? (?:shellcode|code into|malicious)|\b(?:deserialization|injection|relay|downgrade|confusion) attack\b|\binjection technique\b`,
      ),
      re(
        String.raw`\b(?:escape|escapes|escaping) (?:the |a )?(?:container|chroot|jail|sandbox|virtual machine|vm)\b|\bcontainer escape\b`,
      ),
      re(
        String.raw`\b(?:dump|dumps|dumping|decrypt|decrypts|crack|cracks|cracking|sniff|sniffs|sniffing|steal|grab|grabs)\b (?:the |all |saved |stored |cleartext )?(?:[a-z]{2,20} ){0,2}(?:password|passwords|hashes|hash|credentials|keychain|keyring|kwallet|secrets|handshakes|ntds(?:\.dit)?|sam database)\b`,
      ),
      re(
        String.raw`\b(?:silver|golden|diamond) ticket\b|\bdcsync\b|\bpass[- ]the[- ](?:hash|ticket)\b|\bkerberoast|\bas-rep roast|\bntlm relay|\bllmnr\b|\bresponder to poison\b|\bzerologon\b|\bpetitpotam\b|\bpwnkit\b|\btimestomp`,
      ),
      re(
        String.raw`\b(?:credential )?phishing (?:page|site|kit|email)\b|\bforge(?:s|d)? (?:a |an )?(?:saml|jwt|kerberos|authentication) (?:token|ticket|assertion)|\bfork bomb\b|\bzip slip\b|\b(?:upload|deploy|plant|drop)(?:s|ing)? (?:a )?web ?shell\b`,
      ),
      re(
        String.raw`\bexploit(?:s|ing)? [^.\n]{0,60}\b(?:vulnerabilit(?:y|ies)|cve-\d{4}-\d{3,7}|misconfiguration|for (?:container escape|root|code execution|privilege))`,
      ),
      re(
        String.raw`\bbypass(?:es|ing)? (?:[a-z]{2,20} ){0,2}(?:applocker|tcc|event tracing|etw|security hooks|upload restrictions|whitelisting|allowlisting|edr|antivirus|amsi)\b`,
      ),
    ],
    examples: {
      bad: [
        'Upload stolen data to cloud storage bucket.',
        'Inject shellcode into remote process.',
        'Java deserialization attack with gadget chain.',
        'Escape container to host.',
        'Dump Windows SAM database for password hashes.',
        'Decrypt Chrome saved passwords.',
        'Create Kerberos silver ticket.',
        'Exploit pkexec (PwnKit) vulnerability.',
        'Bypass AppLocker application whitelisting.',
        'Create credential phishing page.',
        'Upload web shell to vulnerable server.',
      ],
      good: [
        'Get secret from Azure Key Vault.',
        'Scan a container image for known vulnerabilities.',
        'Reset the password of a user.',
        'Rotate credentials for a service account.',
        'Check whether the host is exposed to CVE-2024-3094.',
        'Threat analytics including virus, trojan, ransomware and web shell detections.',
      ],
    },
  },
  {
    id: 'oc-defense-evasion',
    family: 'overt-capability',
    description: 'Says it disables security controls or destroys evidence (logs, audit trails).',
    severity: 'critical',
    weight: 0.7,
    patterns: [
      re(
        String.raw`\b(?:disable|disables|disabling|turn off|kill|bypass|bypasses|bypassing|evade|evades|evading|tamper with)\b (?:the |all |any )?(?:windows )?(?:antivirus|anti-virus|defender|edr|firewall|selinux|apparmor|amsi|uac|security (?:controls|monitoring|software|tools|logging)|audit(?:ing| logging)?|logging|2fa|mfa|authentication)\b`,
      ),
      re(
        String.raw`\b(?:clear|clears|clearing|delete|deletes|deleting|wipe|wipes|wiping|erase|erases|erasing|shred|shreds|tamper with)\b (?:the |all |any )?(?:(?:windows |system |security |audit |event |application ){1,2}(?:logs|log files|event logs)|audit trails?|(?:bash|shell|command) history|forensic (?:evidence|artifacts|traces)|evidence of|traces of)`,
      ),
      re(
        String.raw`\b(?:hide|hides|hiding|conceal|conceals)\b (?:the |a |its )?(?:process|processes|files|presence|activity|tracks)\b(?: from)`,
      ),
    ],
    examples: {
      bad: [
        'Disable Windows Defender real-time protection.',
        'Clear security event logs.',
        'Hide processes from the task manager.',
      ],
      good: [
        'Enable audit logging on the bucket.',
        'Delete log groups older than 30 days.',
        'Check firewall status.',
      ],
    },
  },
];
