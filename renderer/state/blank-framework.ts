/**
 * File → New (blank): the smallest framework that checks clean and shows every part of the
 * format, so a new user sees where things go before reading any documentation.
 */
export const blankFrameworkText = `# A career framework: what you assess (dimensions), one seniority scale (levels),
# and the tracks whose roles climb it. Hover any key for help; Ctrl+Space suggests what fits.
rungs: 1
name: Engineering Career Framework
organization: Your company
version: "0.1"
description: How engineers grow here, and what each level expects.

dimensions:
  - id: craft
    name: Technical craft
    kind: hard
    description: Quality, depth and design of the technical work.
  - id: influence
    name: Influence
    kind: soft
    description: How far the person's work and judgement reach beyond their own tasks.

levels:
  - id: L1
    name: Early career
  - id: L2
    name: Established

tracks:
  - id: ic
    name: Individual contributor
    kind: ic
    roles:
      - id: engineer
        title: Engineer
        level: L1
        summary: Delivers well-defined work with guidance, and learns the codebase.
        scope: A task or one component
        expectations:
          craft:
            - Ships small, well-tested changes that reviewers approve with few comments.
          influence:
            - Asks for help early and shares what they learn with the team.
      - id: senior-engineer
        title: Senior Engineer
        level: L2
        summary: Owns a team's system end to end and raises the bar for the people around them.
        scope: A team's system
        expectations:
          craft:
            - Designs changes that span several components and explains the trade-offs in writing.
          influence:
            - Mentors two or more engineers, who grow measurably in the year.
`;
