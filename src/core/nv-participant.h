/* nv-participant.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"

G_BEGIN_DECLS

#define NV_TYPE_PARTICIPANT (nv_participant_get_type ())

G_DECLARE_FINAL_TYPE (NvParticipant, nv_participant, NV, PARTICIPANT, NvRecord)

NvParticipant *nv_participant_new              (void);
const char    *nv_participant_get_person       (NvParticipant *self);
void           nv_participant_set_person       (NvParticipant *self,
                                                const char    *person);
const char    *nv_participant_get_contribution (NvParticipant *self);
void           nv_participant_set_contribution (NvParticipant *self,
                                                const char    *contribution);
const char    *nv_participant_get_involvement  (NvParticipant *self);
void           nv_participant_set_involvement  (NvParticipant *self,
                                                const char    *involvement);
NvReply        nv_participant_get_reply        (NvParticipant *self);
void           nv_participant_set_reply        (NvParticipant *self,
                                                NvReply        reply);
NvAttendance   nv_participant_get_attendance   (NvParticipant *self);
void           nv_participant_set_attendance   (NvParticipant *self,
                                                NvAttendance   attendance);

G_END_DECLS
