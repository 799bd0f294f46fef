"""Which form edits which channel."""

from __future__ import annotations

from ui.appeal_forms.base import ChannelForm
from ui.appeal_forms.call_form import CallForm
from ui.appeal_forms.chat_form import ChatForm
from ui.appeal_forms.email_form import EmailForm
from ui.appeal_forms.post_form import PostForm
from ui.appeal_forms.voicemail_form import VoicemailForm
from ui.appeal_forms.webform_form import WebformForm
from workstation.appeals import Channel

FORMS: dict[Channel, type[ChannelForm]] = {
    Channel.CALL: CallForm,
    Channel.VOICEMAIL: VoicemailForm,
    Channel.POST: PostForm,
    Channel.EMAIL: EmailForm,
    Channel.CHAT: ChatForm,
    Channel.WEBFORM: WebformForm,
}
