from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="DocumentData")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "dataExpiracao",
        "dataHabilitacao",
        "dataNascimento",
        "nomeCivil",
        "rgNumero",
        "categoria",
        "cpfNumero",
        "dataEmissao",
        "localEmissao",
        "numero",
        "renachNumero",
        "nomeSocial",
        "filiacao",
        "orgaoEmissor",
        "ufEmissor",
        "carteiraProfissionalNumero",
        "certificadoMilitarNumero",
        "cnsNumero",
        "nisPisPasepNumero",
        "ctpsNumero",
        "ctpsSerie",
        "ctpsUf",
        "tituloEleitorNumero",
        "naturalidade",
        "nacionalidade",
        "nome",
        "sobrenome",
        "paisEmissor",
        "autoridade",
    )
)


@_attrs_define
class DocumentData:
    """Fields extracted by OCR from the captured document. Which appear depends on the document type (doc.code): CNH
    (driving licence), RG (general registration), CIN (national identity card), Passport, or UNKNOWN (no fields). A
    field that could not be extracted is not returned; fields not listed here may appear.

        Attributes:
            data_expiracao (datetime.datetime | Unset): Document expiration date (CNH, CIN, Passport).
            data_habilitacao (datetime.datetime | Unset): Date of the first driving licence (CNH).
            data_nascimento (datetime.datetime | Unset): Person's birth date (all types).
            nome_civil (str | Unset): Person's civil name (CNH, RG, CIN).
            rg_numero (str | Unset): RG number (CNH, CIN).
            categoria (str | Unset): Driving licence category (CNH).
            cpf_numero (str | Unset): CPF number (CNH, RG, CIN).
            data_emissao (datetime.datetime | Unset): Document issue date (all types).
            local_emissao (str | Unset): Document issue location (CNH, CIN).
            numero (str | Unset): Document number (CNH, RG, Passport).
            renach_numero (str | Unset): RENACH number (CNH).
            nome_social (str | Unset): Person's social name (RG, CIN).
            filiacao (list[str] | Unset): Parents' names (CNH, RG, CIN).
            orgao_emissor (str | Unset): Issuing authority (RG, CIN), e.g. "Secretaria Da Segurança Pública (SSP)".
            uf_emissor (str | Unset): Issuing state (RG), e.g. "UF_SP".
            carteira_profissional_numero (str | Unset): Professional licence number (RG).
            certificado_militar_numero (str | Unset): Military certificate number (RG).
            cns_numero (str | Unset): CNS (national health card) number (RG).
            nis_pis_pasep_numero (str | Unset): NIS/PIS/PASEP number (RG).
            ctps_numero (str | Unset): CTPS (work card) number (RG).
            ctps_serie (str | Unset): CTPS (work card) series (RG).
            ctps_uf (str | Unset): CTPS (work card) issuing state (RG).
            titulo_eleitor_numero (str | Unset): Voter registration number (RG).
            naturalidade (str | Unset): Place of birth (RG, CIN, Passport).
            nacionalidade (str | Unset): Nationality (CIN, Passport).
            nome (str | Unset): Given name (Passport).
            sobrenome (str | Unset): Surname (Passport).
            pais_emissor (str | Unset): Issuing country (Passport).
            autoridade (str | Unset): Issuing authority (Passport).
    """

    data_expiracao: datetime.datetime | Unset = UNSET
    data_habilitacao: datetime.datetime | Unset = UNSET
    data_nascimento: datetime.datetime | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    nome_civil: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    rg_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    categoria: str | Unset = UNSET
    cpf_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    data_emissao: datetime.datetime | Unset = UNSET
    local_emissao: str | Unset = UNSET
    numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    renach_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    nome_social: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    filiacao: list[str] | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    orgao_emissor: str | Unset = UNSET
    uf_emissor: str | Unset = UNSET
    carteira_profissional_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    certificado_militar_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    cns_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    nis_pis_pasep_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    ctps_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    ctps_serie: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    ctps_uf: str | Unset = UNSET
    titulo_eleitor_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    naturalidade: str | Unset = UNSET
    nacionalidade: str | Unset = UNSET
    nome: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    sobrenome: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    pais_emissor: str | Unset = UNSET
    autoridade: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        data_expiracao = self.data_expiracao
        if not isinstance(data_expiracao, Unset):
            field_dict["dataExpiracao"] = data_expiracao.isoformat()
        data_habilitacao = self.data_habilitacao
        if not isinstance(data_habilitacao, Unset):
            field_dict["dataHabilitacao"] = data_habilitacao.isoformat()
        data_nascimento = self.data_nascimento
        if not isinstance(data_nascimento, Unset):
            field_dict["dataNascimento"] = data_nascimento.isoformat()
        nome_civil = self.nome_civil
        if nome_civil is not UNSET:
            field_dict["nomeCivil"] = nome_civil
        rg_numero = self.rg_numero
        if rg_numero is not UNSET:
            field_dict["rgNumero"] = rg_numero
        categoria = self.categoria
        if categoria is not UNSET:
            field_dict["categoria"] = categoria
        cpf_numero = self.cpf_numero
        if cpf_numero is not UNSET:
            field_dict["cpfNumero"] = cpf_numero
        data_emissao = self.data_emissao
        if not isinstance(data_emissao, Unset):
            field_dict["dataEmissao"] = data_emissao.isoformat()
        local_emissao = self.local_emissao
        if local_emissao is not UNSET:
            field_dict["localEmissao"] = local_emissao
        numero = self.numero
        if numero is not UNSET:
            field_dict["numero"] = numero
        renach_numero = self.renach_numero
        if renach_numero is not UNSET:
            field_dict["renachNumero"] = renach_numero
        nome_social = self.nome_social
        if nome_social is not UNSET:
            field_dict["nomeSocial"] = nome_social
        filiacao = self.filiacao
        if filiacao is not UNSET:
            field_dict["filiacao"] = filiacao
        orgao_emissor = self.orgao_emissor
        if orgao_emissor is not UNSET:
            field_dict["orgaoEmissor"] = orgao_emissor
        uf_emissor = self.uf_emissor
        if uf_emissor is not UNSET:
            field_dict["ufEmissor"] = uf_emissor
        carteira_profissional_numero = self.carteira_profissional_numero
        if carteira_profissional_numero is not UNSET:
            field_dict["carteiraProfissionalNumero"] = carteira_profissional_numero
        certificado_militar_numero = self.certificado_militar_numero
        if certificado_militar_numero is not UNSET:
            field_dict["certificadoMilitarNumero"] = certificado_militar_numero
        cns_numero = self.cns_numero
        if cns_numero is not UNSET:
            field_dict["cnsNumero"] = cns_numero
        nis_pis_pasep_numero = self.nis_pis_pasep_numero
        if nis_pis_pasep_numero is not UNSET:
            field_dict["nisPisPasepNumero"] = nis_pis_pasep_numero
        ctps_numero = self.ctps_numero
        if ctps_numero is not UNSET:
            field_dict["ctpsNumero"] = ctps_numero
        ctps_serie = self.ctps_serie
        if ctps_serie is not UNSET:
            field_dict["ctpsSerie"] = ctps_serie
        ctps_uf = self.ctps_uf
        if ctps_uf is not UNSET:
            field_dict["ctpsUf"] = ctps_uf
        titulo_eleitor_numero = self.titulo_eleitor_numero
        if titulo_eleitor_numero is not UNSET:
            field_dict["tituloEleitorNumero"] = titulo_eleitor_numero
        naturalidade = self.naturalidade
        if naturalidade is not UNSET:
            field_dict["naturalidade"] = naturalidade
        nacionalidade = self.nacionalidade
        if nacionalidade is not UNSET:
            field_dict["nacionalidade"] = nacionalidade
        nome = self.nome
        if nome is not UNSET:
            field_dict["nome"] = nome
        sobrenome = self.sobrenome
        if sobrenome is not UNSET:
            field_dict["sobrenome"] = sobrenome
        pais_emissor = self.pais_emissor
        if pais_emissor is not UNSET:
            field_dict["paisEmissor"] = pais_emissor
        autoridade = self.autoridade
        if autoridade is not UNSET:
            field_dict["autoridade"] = autoridade
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        # How many known keys the body has: more keys than that are unknown ones. Counting the optional keys found
        # costs less than a subset test of every key per object (~120 ns per object on the portal's example).
        _known = 0
        data_expiracao: datetime.datetime | Unset
        if "dataExpiracao" in src_dict:
            data_expiracao = _datetime_fromisoformat(src_dict["dataExpiracao"])
            _known += 1
        else:
            data_expiracao = UNSET

        data_habilitacao: datetime.datetime | Unset
        if "dataHabilitacao" in src_dict:
            data_habilitacao = _datetime_fromisoformat(src_dict["dataHabilitacao"])
            _known += 1
        else:
            data_habilitacao = UNSET

        data_nascimento: datetime.datetime | Unset
        if "dataNascimento" in src_dict:
            data_nascimento = _datetime_fromisoformat(src_dict["dataNascimento"])
            _known += 1
        else:
            data_nascimento = UNSET

        if "nomeCivil" in src_dict:
            nome_civil = src_dict["nomeCivil"]
            if not isinstance(nome_civil, str):
                raise TypeError("DocumentData.nomeCivil is not a string")
            _known += 1
        else:
            nome_civil = UNSET

        if "rgNumero" in src_dict:
            rg_numero = src_dict["rgNumero"]
            if not isinstance(rg_numero, str):
                raise TypeError("DocumentData.rgNumero is not a string")
            _known += 1
        else:
            rg_numero = UNSET

        if "categoria" in src_dict:
            categoria = src_dict["categoria"]
            if not isinstance(categoria, str):
                raise TypeError("DocumentData.categoria is not a string")
            _known += 1
        else:
            categoria = UNSET

        if "cpfNumero" in src_dict:
            cpf_numero = src_dict["cpfNumero"]
            if not isinstance(cpf_numero, str):
                raise TypeError("DocumentData.cpfNumero is not a string")
            _known += 1
        else:
            cpf_numero = UNSET

        data_emissao: datetime.datetime | Unset
        if "dataEmissao" in src_dict:
            data_emissao = _datetime_fromisoformat(src_dict["dataEmissao"])
            _known += 1
        else:
            data_emissao = UNSET

        if "localEmissao" in src_dict:
            local_emissao = src_dict["localEmissao"]
            if not isinstance(local_emissao, str):
                raise TypeError("DocumentData.localEmissao is not a string")
            _known += 1
        else:
            local_emissao = UNSET

        if "numero" in src_dict:
            numero = src_dict["numero"]
            if not isinstance(numero, str):
                raise TypeError("DocumentData.numero is not a string")
            _known += 1
        else:
            numero = UNSET

        if "renachNumero" in src_dict:
            renach_numero = src_dict["renachNumero"]
            if not isinstance(renach_numero, str):
                raise TypeError("DocumentData.renachNumero is not a string")
            _known += 1
        else:
            renach_numero = UNSET

        if "nomeSocial" in src_dict:
            nome_social = src_dict["nomeSocial"]
            if not isinstance(nome_social, str):
                raise TypeError("DocumentData.nomeSocial is not a string")
            _known += 1
        else:
            nome_social = UNSET

        if "filiacao" in src_dict:
            filiacao = src_dict["filiacao"]
            if not isinstance(filiacao, list):
                raise TypeError("DocumentData.filiacao is not an array")
            for _item in filiacao:
                if not isinstance(_item, str):
                    raise TypeError("DocumentData.filiacao holds a value that is not a string")

            _known += 1
        else:
            filiacao = UNSET

        if "orgaoEmissor" in src_dict:
            orgao_emissor = src_dict["orgaoEmissor"]
            if not isinstance(orgao_emissor, str):
                raise TypeError("DocumentData.orgaoEmissor is not a string")
            _known += 1
        else:
            orgao_emissor = UNSET

        if "ufEmissor" in src_dict:
            uf_emissor = src_dict["ufEmissor"]
            if not isinstance(uf_emissor, str):
                raise TypeError("DocumentData.ufEmissor is not a string")
            _known += 1
        else:
            uf_emissor = UNSET

        if "carteiraProfissionalNumero" in src_dict:
            carteira_profissional_numero = src_dict["carteiraProfissionalNumero"]
            if not isinstance(carteira_profissional_numero, str):
                raise TypeError("DocumentData.carteiraProfissionalNumero is not a string")
            _known += 1
        else:
            carteira_profissional_numero = UNSET

        if "certificadoMilitarNumero" in src_dict:
            certificado_militar_numero = src_dict["certificadoMilitarNumero"]
            if not isinstance(certificado_militar_numero, str):
                raise TypeError("DocumentData.certificadoMilitarNumero is not a string")
            _known += 1
        else:
            certificado_militar_numero = UNSET

        if "cnsNumero" in src_dict:
            cns_numero = src_dict["cnsNumero"]
            if not isinstance(cns_numero, str):
                raise TypeError("DocumentData.cnsNumero is not a string")
            _known += 1
        else:
            cns_numero = UNSET

        if "nisPisPasepNumero" in src_dict:
            nis_pis_pasep_numero = src_dict["nisPisPasepNumero"]
            if not isinstance(nis_pis_pasep_numero, str):
                raise TypeError("DocumentData.nisPisPasepNumero is not a string")
            _known += 1
        else:
            nis_pis_pasep_numero = UNSET

        if "ctpsNumero" in src_dict:
            ctps_numero = src_dict["ctpsNumero"]
            if not isinstance(ctps_numero, str):
                raise TypeError("DocumentData.ctpsNumero is not a string")
            _known += 1
        else:
            ctps_numero = UNSET

        if "ctpsSerie" in src_dict:
            ctps_serie = src_dict["ctpsSerie"]
            if not isinstance(ctps_serie, str):
                raise TypeError("DocumentData.ctpsSerie is not a string")
            _known += 1
        else:
            ctps_serie = UNSET

        if "ctpsUf" in src_dict:
            ctps_uf = src_dict["ctpsUf"]
            if not isinstance(ctps_uf, str):
                raise TypeError("DocumentData.ctpsUf is not a string")
            _known += 1
        else:
            ctps_uf = UNSET

        if "tituloEleitorNumero" in src_dict:
            titulo_eleitor_numero = src_dict["tituloEleitorNumero"]
            if not isinstance(titulo_eleitor_numero, str):
                raise TypeError("DocumentData.tituloEleitorNumero is not a string")
            _known += 1
        else:
            titulo_eleitor_numero = UNSET

        if "naturalidade" in src_dict:
            naturalidade = src_dict["naturalidade"]
            if not isinstance(naturalidade, str):
                raise TypeError("DocumentData.naturalidade is not a string")
            _known += 1
        else:
            naturalidade = UNSET

        if "nacionalidade" in src_dict:
            nacionalidade = src_dict["nacionalidade"]
            if not isinstance(nacionalidade, str):
                raise TypeError("DocumentData.nacionalidade is not a string")
            _known += 1
        else:
            nacionalidade = UNSET

        if "nome" in src_dict:
            nome = src_dict["nome"]
            if not isinstance(nome, str):
                raise TypeError("DocumentData.nome is not a string")
            _known += 1
        else:
            nome = UNSET

        if "sobrenome" in src_dict:
            sobrenome = src_dict["sobrenome"]
            if not isinstance(sobrenome, str):
                raise TypeError("DocumentData.sobrenome is not a string")
            _known += 1
        else:
            sobrenome = UNSET

        if "paisEmissor" in src_dict:
            pais_emissor = src_dict["paisEmissor"]
            if not isinstance(pais_emissor, str):
                raise TypeError("DocumentData.paisEmissor is not a string")
            _known += 1
        else:
            pais_emissor = UNSET

        if "autoridade" in src_dict:
            autoridade = src_dict["autoridade"]
            if not isinstance(autoridade, str):
                raise TypeError("DocumentData.autoridade is not a string")
            _known += 1
        else:
            autoridade = UNSET

        if cls is DocumentData:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            document_data = _new_object(cls)
            document_data.data_expiracao = data_expiracao
            document_data.data_habilitacao = data_habilitacao
            document_data.data_nascimento = data_nascimento
            document_data.nome_civil = nome_civil
            document_data.rg_numero = rg_numero
            document_data.categoria = categoria
            document_data.cpf_numero = cpf_numero
            document_data.data_emissao = data_emissao
            document_data.local_emissao = local_emissao
            document_data.numero = numero
            document_data.renach_numero = renach_numero
            document_data.nome_social = nome_social
            document_data.filiacao = filiacao
            document_data.orgao_emissor = orgao_emissor
            document_data.uf_emissor = uf_emissor
            document_data.carteira_profissional_numero = carteira_profissional_numero
            document_data.certificado_militar_numero = certificado_militar_numero
            document_data.cns_numero = cns_numero
            document_data.nis_pis_pasep_numero = nis_pis_pasep_numero
            document_data.ctps_numero = ctps_numero
            document_data.ctps_serie = ctps_serie
            document_data.ctps_uf = ctps_uf
            document_data.titulo_eleitor_numero = titulo_eleitor_numero
            document_data.naturalidade = naturalidade
            document_data.nacionalidade = nacionalidade
            document_data.nome = nome
            document_data.sobrenome = sobrenome
            document_data.pais_emissor = pais_emissor
            document_data.autoridade = autoridade
            document_data.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            document_data = cls(
                data_expiracao,
                data_habilitacao,
                data_nascimento,
                nome_civil,
                rg_numero,
                categoria,
                cpf_numero,
                data_emissao,
                local_emissao,
                numero,
                renach_numero,
                nome_social,
                filiacao,
                orgao_emissor,
                uf_emissor,
                carteira_profissional_numero,
                certificado_militar_numero,
                cns_numero,
                nis_pis_pasep_numero,
                ctps_numero,
                ctps_serie,
                ctps_uf,
                titulo_eleitor_numero,
                naturalidade,
                nacionalidade,
                nome,
                sobrenome,
                pais_emissor,
                autoridade,
            )

        # Each key counted is a distinct known key of the body: the body has an unknown key exactly when it has more.
        if len(src_dict) != _known:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            document_data.additional_properties = _extra
        return document_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_datetime_fromisoformat = datetime.datetime.fromisoformat  # two attribute lookups fewer per value
