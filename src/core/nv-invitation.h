/* nv-invitation.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"

G_BEGIN_DECLS

#define NV_TYPE_INVITATION (nv_invitation_get_type ())

G_DECLARE_FINAL_TYPE (NvInvitation, nv_invitation, NV, INVITATION, NvRecord)

NvInvitation       *nv_invitation_new           (void);
guint               nv_invitation_get_reply_by  (NvInvitation *self);
void                nv_invitation_set_reply_by  (NvInvitation *self,
                                                 guint         reply_by);
const char * const *nv_invitation_get_questions (NvInvitation *self);
void                nv_invitation_set_questions (NvInvitation       *self,
                                                 const char * const *questions);
const char         *nv_invitation_get_letter    (NvInvitation *self);
void                nv_invitation_set_letter    (NvInvitation *self,
                                                 const char   *letter);
guint               nv_invitation_get_sent      (NvInvitation *self);
void                nv_invitation_set_sent      (NvInvitation *self,
                                                 guint         sent);

G_END_DECLS
