// Everyday phrases that contain a health or billing word but speak of neither: "tooth fairy",
// "sugar-free gum", "hearing from our attorney", "dentists burn out". Matched as whole phrases
// before the health lexicons, so the longer everyday phrase wins. Source: written by hand. CC0.
import { parseTerms } from './parse-terms';

export const NOT_CARE_PHRASES: readonly string[] = parseTerms(`
tooth fairy, tooth fairy day, sweet tooth, sugar free gum, sugar free, chewing gum, bubble gum, gum ball, gumball, gum drops,
hearing from, hearing back, burn out, burned out, burnt out, burnout, pain in the neck, labor day, weight room,
bite to eat, a bite, hearing it, vision board, our vision, flu season, cold weather, heart of, by heart, break a leg,
growing pains, the cast and crew, cast of, test drive, test run, case study, in any case, in case, just in case, exam room,
physical therapy month, labor of love, stress free, fever pitch, shot of espresso, give it a shot, good shot, big shot,
screen time, blood drive, blood orange, bad blood, gas station, gas prices, gas money, out of gas, gas tank, gas mileage, chair of, chair of the board, film festival,
movie, max out, to the max, in network with, out of network providers, we are in network, a receipt, no receipt, panic button, crying shame,
set the record straight, for the record, on the record, off the record, record straight, a record, track record,
world record, record time, fill out, filling out, filled out, crowning moment, bridge the gap,
treatment room, treatment rooms, wire transfer, wire transfers, wired, age bracket, tax bracket, income bracket, nursing boards, nursing board, nursing school, nursing degree, nursing program, nursing student, nursing students, nursing exam
`);
