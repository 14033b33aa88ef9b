/**
 * Sharing work between cores, for every stage: {@link Tasks} hands out many
 * small independent tasks one at a time. Depends on nothing of gksite.
 */
package cn.gov.jinjiang.gksite.parallel;
